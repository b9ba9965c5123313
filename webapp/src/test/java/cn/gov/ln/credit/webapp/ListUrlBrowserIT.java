package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list's whole state lives in its URL: the server sort a header click chose and the page size come back on a
 * reload and with a link, a saved filter of the audit trail restores its filters and order, and the filing list's
 * {@code inlieu=true} (the approval dashboard's link) shows the filings approved on a pledge, and only those.
 */
@WebIntegrationTest
class ListUrlBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSortChosenOnTheFilingsHeaderIsKeptOnReloadAndShownOnTheHeader() throws Exception {
        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.open("/filings");
            List<String> newestFirst = rows(intake, "filings-grid", null);
            By number = sorter("filings-grid", "办件编号");

            intake.click(number);
            awaitQuery(intake, "/filings", "sort=filing_no&dir=asc");
            List<String> ascending = rows(intake, "filings-grid", newestFirst);
            assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());

            intake.driver().navigate().refresh();
            List<String> reloaded = rows(intake, "filings-grid", null);
            assertThat(reloaded).as("the order the URL carries").isEqualTo(ascending);
            assertThat(direction(intake, number)).isEqualTo("asc");

            intake.click(number);
            awaitQuery(intake, "/filings", "sort=filing_no&dir=desc");
            intake.open("/filings?route=green&sort=filing_no&dir=desc");
            List<String> descending = rows(intake, "filings-grid", null);
            assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(direction(intake, number)).isEqualTo("desc");
            awaitQuery(intake, "/filings", "route=green&sort=filing_no&dir=desc");
        }
    }

    @Test
    void theSubjectsSortAndPageSizeComeFromTheUrlAndGoBackIntoIt() throws Exception {
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/subjects?sort=name&dir=desc&size=20");
            List<String> descending = rows(officer, "subjects-grid", null);
            assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
            By name = sorter("subjects-grid", "名称");
            assertThat(direction(officer, name)).isEqualTo("desc");
            assertThat(pageSize(officer, "subjects-grid")).isEqualTo(20L);
            officer.awaitText(By.id("subjects-page-size"), "20");

            officer.click(name);
            awaitQuery(officer, "/subjects", "size=20");
            officer.choose("subjects-page-size", "50");
            awaitQuery(officer, "/subjects", "size=50");
            assertThat(pageSize(officer, "subjects-grid")).isEqualTo(50L);
            officer.click(name);
            awaitQuery(officer, "/subjects", "sort=name&dir=asc&size=50");
            List<String> ascending = rows(officer, "subjects-grid", descending);

            officer.driver().navigate().refresh();
            assertThat(rows(officer, "subjects-grid", null)).isEqualTo(ascending).isSortedAccordingTo(
                    Comparator.naturalOrder());
            assertThat(direction(officer, name)).isEqualTo("asc");
            assertThat(pageSize(officer, "subjects-grid")).isEqualTo(50L);

            officer.open("/subjects?sort=drop_table&dir=sideways&size=7");
            rows(officer, "subjects-grid", null);
            assertThat(pageSize(officer, "subjects-grid")).as("the default, as the URL asked nonsense")
                    .isEqualTo(100L);
            assertThat(direction(officer, name)).isNull();
        }
    }

    @Test
    void aSavedFilterOfTheAuditTrailRestoresItsFiltersAndOrder() throws Exception {
        String name = "导出-" + System.nanoTime() % 100_000;
        String query = "action=list_exported&sort=actor&dir=asc";
        try (BrowserSession admin = BrowserSession.signedIn(port, "sysadmin")) {
            admin.open("/admin/audit?" + query);
            admin.await(By.id("audit-grid"));
            admin.until(WAIT, d -> !d.findElement(By.id("audit-total")).getText().isBlank());
            admin.click(By.id("audit-filter-save"));
            admin.type("audit-filter-name", name);
            admin.click(By.id("audit-filter-confirm"));
            admin.until(Duration.ofSeconds(10), d -> jdbc.queryForObject("SELECT COUNT(*) FROM saved_filter "
                    + "WHERE username = 'sysadmin' AND list_route = 'audit' AND name = ? AND query_string = ?",
                    Long.class, name, query) == 1);

            admin.open("/admin/audit");
            admin.until(WAIT, d -> !d.findElement(By.id("audit-total")).getText().isBlank());
            assertThat(admin.driver().findElement(By.id("audit-action")).getAttribute("value")).isBlank();
            admin.choose("audit-saved", name);
            admin.until(WAIT, d -> d.getCurrentUrl().contains("action=list_exported")
                    && d.getCurrentUrl().contains("sort=actor") && d.getCurrentUrl().contains("dir=asc"));
            admin.until(WAIT, d -> !d.findElement(By.id("audit-action")).getAttribute("value").isBlank());
            assertThat(direction(admin, sorter("audit-grid", "操作人"))).isEqualTo("asc");
            long exported = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LIST_EXPORTED'",
                    Long.class);
            admin.until(WAIT, d -> total(admin, "audit-total") == exported);

            admin.click(By.id("audit-filter-delete"));
            admin.until(Duration.ofSeconds(10), d -> jdbc.queryForObject("SELECT COUNT(*) FROM saved_filter "
                    + "WHERE username = 'sysadmin' AND name = ?", Long.class, name) == 0);
        }
    }

    @Test
    void inLieuTrueShowsTheFilingsApprovedOnAPledgeAndOnlyThose() throws Exception {
        String scope = "FROM filing f JOIN department d ON d.id = f.department_id "
                + "WHERE d.code = '210100-MARKET_REGULATION' AND f.division_code LIKE '2101%'";
        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.until(Duration.ofSeconds(60), d -> jdbc.queryForObject("SELECT COUNT(*) " + scope
                    + " AND f.in_lieu_granted = TRUE", Long.class) > 0);
            Set<String> granted = new HashSet<>(jdbc.queryForList("SELECT f.filing_no " + scope
                    + " AND f.in_lieu_granted = TRUE", String.class));
            long all = jdbc.queryForObject("SELECT COUNT(*) " + scope, Long.class);

            intake.open("/filings?inlieu=true");
            intake.awaitText(By.id("filings-in-lieu"), "以承诺代替证明材料");
            intake.until(WAIT, d -> total(intake, "filings-total") == granted.size());
            List<String> shown = rows(intake, "filings-grid", null);
            assertThat(shown).hasSize(granted.size());
            assertThat(new HashSet<>(shown)).isEqualTo(granted);

            intake.open("/filings?inlieu=false");
            intake.awaitText(By.id("filings-in-lieu"), "未以承诺代替证明材料");
            intake.until(WAIT, d -> total(intake, "filings-total") == all - granted.size());
            assertThat(rows(intake, "filings-grid", null)).doesNotContainAnyElementsOf(granted);
        }
    }

    /** Waits for the address of the path with these parameters, in any order (the history API keeps none). */
    private static void awaitQuery(BrowserSession session, String path, String query) {
        Set<String> wanted = Set.of(query.split("&"));
        session.until(WAIT, d -> {
            String[] url = d.getCurrentUrl().split("\\?", 2);
            return url[0].endsWith(path) && url.length == 2 && Set.of(url[1].split("&")).equals(wanted);
        });
    }

    private static By sorter(String grid, String header) {
        return By.xpath("//vaadin-grid[@id='" + grid + "']//vaadin-grid-sorter[normalize-space(.)='" + header + "']");
    }

    private static String direction(BrowserSession session, By sorter) {
        return (String) session.script("return arguments[0].direction || null;", session.await(sorter));
    }

    private static long pageSize(BrowserSession session, String grid) {
        return ((Number) session.script("return document.getElementById(arguments[0]).pageSize;", grid)).longValue();
    }

    private static long total(BrowserSession session, String id) {
        String text = session.driver().findElement(By.id(id)).getText().replaceAll("[^0-9]", "");
        return text.isEmpty() ? -1 : Long.parseLong(text);
    }

    /** The first column's rendered rows once they are all filled (and differ from {@code before}, if given). */
    @SuppressWarnings("unchecked")
    private static List<String> rows(BrowserSession session, String grid, List<String> before) {
        session.await(By.id(grid));
        return session.until(WAIT, d -> {
            List<String> now = (List<String>) session.script(ListWorkbenchBrowserIT.COLUMN, grid, 0);
            return !now.isEmpty() && now.stream().noneMatch(String::isEmpty) && !Objects.equals(now, before)
                    ? now : null;
        });
    }
}
