package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The user list, a department's incoming joint penalty cases and the officers' pledges sort on the server as their
 * URL says (and a header click puts the order in the URL); a saved filter of the user list opens it again; the pledge
 * export holds the grid's rows in the grid's order and is audited with the list's filters.
 */
@WebIntegrationTest
class NewListsBrowserIT {

    /** The rendered rows' text in one column, in the order shown. */
    private static final String COLUMN = """
            const grid = document.getElementById(arguments[0]);
            if (!grid || !grid.shadowRoot) {
                return [];
            }
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
    void theUserListSortsAsItsUrlSaysAndAHeaderClickWritesTheOrder() throws Exception {
        try (BrowserSession admin = BrowserSession.signedIn(port, "sysadmin")) {
            admin.open("/admin/users?sort=username&dir=desc&size=20");
            List<String> usernames = rows(admin, "users-grid", 0);
            assertThat(usernames).hasSizeGreaterThan(3).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(admin.driver().findElement(By.id("users-page-size")).getText()).contains("20");
            assertThat(admin.driver().getCurrentUrl()).endsWith("/admin/users?sort=username&dir=desc&size=20");

            admin.open("/admin/users?status=disabled&sort=nonsense");
            admin.awaitText(By.id("users-total"), "共");
            long disabled = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE enabled = FALSE", Long.class);
            admin.until(Duration.ofSeconds(20), d -> total(admin, "users-total") == disabled);
            assertThat(admin.driver().getCurrentUrl()).endsWith("/admin/users?status=disabled&sort=nonsense");
            String name = "停用账户-" + System.nanoTime() % 100_000;
            admin.click(By.id("users-filter-save"));
            admin.type("users-filter-name", name);
            admin.click(By.id("users-filter-confirm"));
            admin.until(Duration.ofSeconds(10), d -> jdbc.queryForObject("SELECT COUNT(*) FROM saved_filter WHERE "
                    + "username = 'sysadmin' AND list_route = 'users' AND name = ? AND query_string = "
                    + "'status=disabled'", Long.class, name) == 1);
            admin.open("/admin/users");
            admin.awaitText(By.id("users-total"), "共");
            admin.choose("users-saved", name);
            admin.awaitUrlEnding("admin/users?status=disabled");
            admin.until(Duration.ofSeconds(20), d -> total(admin, "users-total") == disabled);

            admin.open("/admin/users");
            rows(admin, "users-grid", 0);
            admin.click(header("users-grid", "最近登录"));
            admin.awaitUrlMatching(".*/admin/users\\?sort=last_login&dir=asc$");
        }
    }

    @Test
    void aDepartmentsIncomingCasesSortAsTheUrlSays() throws Exception {
        long department = jdbc.queryForObject("SELECT department_id FROM app_user WHERE username = 'liaison'",
                Long.class);
        long parts = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE department_id = ?", Long.class,
                department);
        assertThat(parts).as("the demo pushes a case to the demo liaison's department").isPositive();
        try (BrowserSession liaison = BrowserSession.signedIn(port, "liaison")) {
            liaison.open("/incoming-cases?status=all&sort=case_no&dir=desc");
            liaison.until(Duration.ofSeconds(20), d -> total(liaison, "incoming-total") == parts);
            List<String> descending = rows(liaison, "incoming-grid", 0);
            assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
            liaison.open("/incoming-cases?status=all&sort=case_no&dir=asc");
            List<String> ascending = liaison.until(Duration.ofSeconds(30), d -> {
                List<String> shown = column(liaison, "incoming-grid", 0);
                return shown.size() == descending.size() && shown.stream().noneMatch(String::isEmpty)
                        && (shown.size() == 1 || !shown.equals(descending)) ? shown : null;
            });
            assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
            liaison.open("/incoming-cases?status=all&from=2000-01-01&to=2000-01-31");
            liaison.until(Duration.ofSeconds(20), d -> total(liaison, "incoming-total") == 0);
        }
    }

    @Test
    void thePledgeListSortsAsTheUrlSaysAndItsExportHoldsTheGridsRowsInOrder() throws Exception {
        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.open("/pledges?sort=code&dir=desc");
            List<String> codes = rows(intake, "pledges-grid", 0);
            assertThat(codes).isSortedAccordingTo(Comparator.reverseOrder());
            long total = total(intake, "pledges-total");
            long audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LIST_EXPORTED'",
                    Long.class);

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    intake.download(By.id("pledges-export"))))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("承诺书编号");
                assertThat(sheet.getLastRowNum()).as("a row per pledge of the list").isEqualTo(total);
                List<String> exported = new ArrayList<>();
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    exported.add(sheet.getRow(row).getCell(0).getStringCellValue());
                }
                assertThat(exported).as("the grid's rows, in its order").startsWith(codes.toArray(String[]::new))
                        .isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LIST_EXPORTED'",
                    Long.class)).isEqualTo(audited + 1);
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'LIST_EXPORTED' AND actor = "
                    + "'intake' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class))
                    .isEqualTo("filters=sort=code&dir=desc; rows=" + total);

            intake.click(header("pledges-grid", "承诺主体"));
            intake.awaitUrlMatching(".*/pledges\\?sort=subject&dir=asc$");
        }
    }

    private static By header(String gridId, String text) {
        return By.xpath("//vaadin-grid[@id='" + gridId + "']//vaadin-grid-sorter[contains(., '" + text + "')]");
    }

    private static long total(BrowserSession session, String id) {
        String text = session.driver().findElement(By.id(id)).getText().replaceAll("[^0-9]", "");
        return text.isEmpty() ? -1 : Long.parseLong(text);
    }

    /** The column's text once the grid shows rows, none of them empty. */
    private static List<String> rows(BrowserSession session, String gridId, int column) {
        session.await(By.id(gridId));
        return session.until(Duration.ofSeconds(30), d -> {
            List<String> shown = column(session, gridId, column);
            return !shown.isEmpty() && shown.stream().noneMatch(String::isEmpty) ? shown : null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(BrowserSession session, String gridId, int column) {
        return (List<String>) session.script(COLUMN, gridId, column);
    }
}
