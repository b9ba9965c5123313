package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The officers' lists as a workbench: a header click sorts the filing list on the server, the filters live in the
 * URL, an export downloads every row of the filtered list as a workbook (and is audited), and a saved filter
 * opens the list with its filters again.
 */
@WebIntegrationTest
class ListWorkbenchBrowserIT {

    /** The rendered rows' text in one column, in the order shown. */
    static final String COLUMN = """
            const grid = document.getElementById(arguments[0]);
            const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr'))
                .filter(r => !r.hidden && r.index !== undefined && r.index < grid.size);
            rows.sort((a, b) => a.index - b.index);
            return rows.map(r => {
                const cell = r.querySelectorAll('td')[arguments[1]];
                return cell && cell._content ? cell._content.textContent.trim() : '';
            });""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHeaderClickSortsTheFilingsOnTheServer() throws Exception {
        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.open("/filings");
            intake.await(By.id("filings-grid"));
            List<String> newestFirst = loaded(intake);
            assertThat(newestFirst).hasSizeGreaterThan(1);

            intake.click(header("办件编号"));
            List<String> ascending = intake.until(Duration.ofSeconds(20), d -> changed(intake, newestFirst));
            assertThat(ascending).isSortedAccordingTo(String::compareTo);
            intake.click(header("办件编号"));
            List<String> descending = intake.until(Duration.ofSeconds(20), d -> changed(intake, ascending));
            assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
            assertThat(descending.get(0)).isGreaterThan(ascending.get(0));
        }
    }

    @Test
    void anExportHasEveryRowOfTheFilteredListAndIsAudited() throws Exception {
        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.open("/filings?route=green");
            intake.awaitText(By.id("filings-route"), "绿色通道");
            long total = total(intake);
            long audited = exportsAudited();

            assertThat(intake.await(By.id("filings-export")).getAttribute("download")).isNotNull();
            byte[] file = intake.download(By.id("filings-export"));

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("申请人");
                assertThat(sheet.getLastRowNum()).as("data rows below the header").isEqualTo(total);
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    assertThat(sheet.getRow(row).getCell(4).getStringCellValue()).isEqualTo("绿色通道");
                }
            }
            assertThat(exportsAudited()).isEqualTo(audited + 1);
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'LIST_EXPORTED' "
                    + "AND actor = 'intake' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class))
                    .isEqualTo("filters=route=green; rows=" + total);
        }
        try (BrowserSession admin = BrowserSession.signedIn(port, "sysadmin")) {
            admin.open("/admin/audit?action=list_exported&actor=intake");
            admin.awaitText(By.id("audit-grid"), "陈晓燕");
            assertThat(admin.driver().findElement(By.id("audit-action")).getAttribute("value")).isNotBlank();
        }
    }

    @Test
    void aSavedFilterOpensTheListWithItsFiltersAgain() throws Exception {
        String name = "绿色通道-" + System.nanoTime() % 100_000;
        try (BrowserSession approver = BrowserSession.signedIn(port, "approver")) {
            approver.open("/filings?route=green");
            approver.awaitText(By.id("filings-route"), "绿色通道");
            long green = total(approver);
            approver.click(By.id("filings-filter-save"));
            approver.type("filings-filter-name", name);
            approver.click(By.id("filings-filter-confirm"));
            approver.until(Duration.ofSeconds(10), d -> jdbc.queryForObject("SELECT COUNT(*) FROM saved_filter "
                    + "WHERE username = 'approver' AND list_route = 'filings' AND name = ? AND query_string = "
                    + "'route=green'", Long.class, name) == 1);

            approver.open("/filings");
            approver.await(By.id("filings-grid"));
            approver.until(Duration.ofSeconds(20), d -> !approver.driver().findElement(By.id("filings-total"))
                    .getText().isBlank());
            approver.choose("filings-saved", name);
            approver.awaitUrlEnding("filings?route=green");
            approver.awaitText(By.id("filings-route"), "绿色通道");
            approver.until(Duration.ofSeconds(20), d -> total(approver) == green);

            approver.click(By.id("filings-filter-delete"));
            approver.until(Duration.ofSeconds(10), d -> jdbc.queryForObject("SELECT COUNT(*) FROM saved_filter "
                    + "WHERE username = 'approver' AND name = ?", Long.class, name) == 0);
        }
    }

    @Test
    void eachCaseListOpensWithTheFiltersItsLinkCarries() throws Exception {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("/breaches?status=listed", "SELECT COUNT(*) FROM breach WHERE status = 'LISTED'");
        counts.put("/penalty-cases?state=all", "SELECT COUNT(*) FROM penalty_case");
        counts.put("/penalty-cases?state=closed", "SELECT COUNT(*) FROM penalty_case WHERE status = 'CLOSED'");
        counts.put("/objections?state=all", "SELECT COUNT(*) FROM objection");
        counts.put("/repairs?state=all", "SELECT COUNT(*) FROM repair_application");
        counts.put("/lists?type=red&state=all", "SELECT COUNT(*) FROM list_entry WHERE list_type = 'RED'");
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            for (Map.Entry<String, String> list : counts.entrySet()) {
                String route = list.getKey().substring(1, list.getKey().indexOf('?'));
                long expected = jdbc.queryForObject(list.getValue(), Long.class);
                officer.open(list.getKey());
                officer.until(Duration.ofSeconds(20), d -> total(officer, route + "-total") == expected);
                assertThat(officer.driver().getCurrentUrl()).as("the link stays as it was")
                        .endsWith(list.getKey());
            }
            Long department = jdbc.query("SELECT department_id FROM penalty_response FETCH FIRST 1 ROWS ONLY",
                    rs -> rs.next() ? rs.getLong(1) : null);
            if (department != null) {
                String code = jdbc.queryForObject("SELECT code FROM department WHERE id = ?", String.class,
                        department);
                long involved = jdbc.queryForObject("SELECT COUNT(DISTINCT case_id) FROM penalty_response "
                        + "WHERE department_id = ?", Long.class, department);
                officer.open("/penalty-cases?state=all&department=" + code);
                officer.until(Duration.ofSeconds(20), d -> total(officer, "penalty-cases-total") == involved);
                officer.await(By.cssSelector("#penalty-cases-grid vaadin-progress-bar"));
                assertThat(officer.driver().findElement(By.id("penalty-cases-grid")).getText()).contains("已反馈");
            }
        }
    }

    @Test
    void aFilingsTimelineNamesPeopleAndTheSystemInsteadOfLoginIds() throws Exception {
        Long filingId = jdbc.query("SELECT f.id FROM filing f JOIN department d ON d.id = f.department_id "
                + "WHERE d.code = '210100-MARKET_REGULATION' AND EXISTS (SELECT 1 FROM filing_event e "
                + "WHERE e.filing_id = f.id AND e.actor = 'system') ORDER BY f.id FETCH FIRST 1 ROWS ONLY",
                rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(filingId).as("a demo filing with a step the system took").isNotNull();
        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.open("/filings/" + filingId);
            intake.awaitText(By.id("filing-timeline"), "系统");
            assertThat(intake.driver().findElement(By.id("filing-timeline")).getText()).doesNotContain("system");
        }
    }

    private static By header(String text) {
        return By.xpath("//vaadin-grid[@id='filings-grid']//vaadin-grid-sorter[contains(., '" + text + "')]");
    }

    private static long total(BrowserSession session) {
        return total(session, "filings-total");
    }

    private static long total(BrowserSession session, String id) {
        String text = session.driver().findElement(By.id(id)).getText().replaceAll("[^0-9]", "");
        return text.isEmpty() ? -1 : Long.parseLong(text);
    }

    private long exportsAudited() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LIST_EXPORTED'", Long.class);
    }

    private static List<String> loaded(BrowserSession session) {
        return session.until(Duration.ofSeconds(30), d -> {
            List<String> numbers = column(session);
            return numbers.size() > 1 && numbers.stream().noneMatch(String::isEmpty) ? numbers : null;
        });
    }

    private static List<String> changed(BrowserSession session, List<String> before) {
        List<String> now = column(session);
        return now.size() > 1 && now.stream().noneMatch(String::isEmpty) && !Objects.equals(now, before) ? now : null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(BrowserSession session) {
        return (List<String>) session.script(COLUMN, "filings-grid", 0);
    }
}
