package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.calendar.CalendarDay;
import cn.gov.ln.credit.calendar.DayKind;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.testing.SignIn;
import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The officers' workbench in the browser: the list opens on the tab that has work and keeps its filters in the
 * address, a header click sorts on the server, the due light counts working days across a holiday, and a
 * supervisor reassigns two tasks at once. A fresh intake officer of the Shenyang bureau has no task of their own;
 * another receives the reassigned ones.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskWorkbenchBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String OFFICER = "wb" + RUN;
    private static final String OFFICER_NAME = "工作台" + RUN;
    private static final String TAKER = "wbt" + RUN;
    private static final String TAKER_NAME = "接办" + RUN;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FilingService filings;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    SecurityManager securityManager;

    SignIn signIn;
    String uscc;
    Filing first;
    Filing second;
    Filing third;

    @BeforeAll
    void twoFilingsAndAnOfficerWithoutTasks() {
        signIn = new SignIn(securityManager);
        long shenyang = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        signIn.run("sysadmin", () -> {
            accounts.create(new NewUser(OFFICER, OFFICER_NAME, ActorKind.STAFF, shenyang, null, null,
                    Set.of(Roles.INTAKE_OFFICER), SignIn.DEMO_PASSWORD.toCharArray()));
            accounts.create(new NewUser(TAKER, TAKER_NAME, ActorKind.STAFF, shenyang, null, null,
                    Set.of(Roles.INTAKE_OFFICER), SignIn.DEMO_PASSWORD.toCharArray()));
        });
        List<String> usccs = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND "
                + "current_grade = 'C' AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND "
                + "e.status = 'ACTIVE') ORDER BY id", String.class);
        uscc = usccs.get((int) (System.nanoTime() % usccs.size()));
        first = file();
        second = file();
        third = file();
        awaitReview(first);
        awaitReview(second);
        awaitReview(third);
    }

    @Test
    void theListOpensOnTheTabWithWorkAndKeepsItsFiltersInTheAddress() throws Exception {
        try (BrowserSession officer = BrowserSession.signedIn(port, OFFICER)) {
            officer.open("/tasks");
            officer.screenshotOnFailure("workbench-opens", () -> officer.until(Duration.ofSeconds(30),
                    d -> d.findElement(By.id("tab-department")).getAttribute("selected") != null));
            officer.awaitUrlMatching(".*/tasks\\?view=department$");
            officer.choose("task-due", "即将到期");
            officer.awaitUrlMatching(".*/tasks\\?view=department&due=soon$");

            officer.open("/tasks?view=mine&due=overdue&q=" + first.filingNo());
            officer.until(Duration.ofSeconds(30),
                    d -> d.findElement(By.id("tab-mine")).getAttribute("selected") != null);
            officer.awaitValue(By.cssSelector("#task-search input"), first.filingNo());
            officer.awaitText(By.id("task-total"), "共 0");
        }
    }

    @Test
    void theExportHoldsTheRowsOfTheListAsFiltered() throws Exception {
        try (BrowserSession officer = BrowserSession.signedIn(port, OFFICER)) {
            officer.open("/tasks?view=department&sort=filing");
            officer.await(By.cssSelector("#tasks-grid vaadin-grid-cell-content"));
            long total = Long.parseLong(officer.await(By.id("task-total")).getText().replaceAll("[^0-9]", ""));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    officer.download(By.id("tasks-export"))))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("办件编号");
                assertThat(sheet.getLastRowNum()).as("a row per task of the list").isEqualTo(total).isPositive();
                List<String> numbers = new java.util.ArrayList<>();
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    numbers.add(sheet.getRow(row).getCell(2).getStringCellValue());
                }
                assertThat(numbers).as("in the list's order").isSorted().doesNotHaveDuplicates();
            }
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'LIST_EXPORTED' AND actor = ?"
                    + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class, OFFICER))
                    .isEqualTo("filters=view=department&sort=filing; rows=" + total);
        }
    }

    @Test
    void aHeaderClickSortsTheWholeListOnTheServer() throws Exception {
        try (BrowserSession officer = BrowserSession.signedIn(port, OFFICER)) {
            officer.open("/tasks?view=department");
            officer.awaitText(By.id("task-total"), "共");
            By subjectHeader = By.xpath("//vaadin-grid[@id='tasks-grid']//vaadin-grid-sorter[contains(., '申请人')]");
            officer.click(subjectHeader);
            officer.awaitUrlMatching(".*sort=subject$");
            List<String> ascending = officer.until(Duration.ofSeconds(30), d -> subjects(officer));
            assertThat(ascending).isSortedAccordingTo(Comparator.naturalOrder());
            officer.click(subjectHeader);
            officer.awaitUrlMatching(".*sort=subject&dir=desc$");
            List<String> descending = officer.until(Duration.ofSeconds(30), d -> {
                List<String> shown = subjects(officer);
                return shown != null && !shown.equals(ascending) ? shown : null;
            });
            officer.screenshot("workbench-sorted");
            assertThat(descending).isSortedAccordingTo(Comparator.reverseOrder());
            String last = jdbc.queryForObject("SELECT MAX(s.name) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON "
                    + "e.ID_ = t.PROC_INST_ID_ JOIN filing f ON f.filing_no = e.BUSINESS_KEY_ JOIN credit_subject s "
                    + "ON s.id = f.subject_id JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.GROUP_ID_ = ? "
                    + "WHERE t.ASSIGNEE_ IS NULL AND f.department_id = ?", String.class, Roles.INTAKE_OFFICER,
                    departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id());
            assertThat(descending.get(0)).as("the greatest of all, not of a loaded page").isEqualTo(last);
        }
    }

    @Test
    void theDueLightCountsWorkingDaysAcrossAHoliday() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate holiday = calendar.addWorkingDays(today, 1);
        Map<String, Object> kept = jdbc.queryForList("SELECT kind, name, source FROM calendar_day WHERE "
                + "calendar_date = ?", holiday).stream().findFirst().orElse(null);
        LocalDate fourthWithoutHoliday = calendar.addWorkingDays(today, 4);
        try {
            signIn.run("sysadmin", () -> calendar.set(new CalendarDay(holiday, DayKind.HOLIDAY, "工作台测试假日",
                    "测试")));
            // the fourth working day without the holiday is the third with it: due soon (3 working days) only so
            LocalDate due = calendar.addWorkingDays(today, 3);
            assertThat(due).isEqualTo(fourthWithoutHoliday);
            jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ = ?", Timestamp.from(
                    due.atTime(17, 30).atZone(ZONE).toInstant()), third.processInstanceId());
            try (BrowserSession officer = BrowserSession.signedIn(port, OFFICER)) {
                officer.open("/tasks?view=department&q=" + third.filingNo());
                By light = By.cssSelector("#tasks-grid [data-light]");
                officer.awaitText(light, "即将到期");
                assertThat(officer.driver().findElement(light).getAttribute("data-light")).isEqualTo("due_soon");
                assertThat(officer.driver().findElement(light).getText()).contains(due.toString());
                officer.screenshot("workbench-light-holiday");
            }
        } finally {
            signIn.run("sysadmin", () -> {
                calendar.remove(holiday);
                if (kept != null) {
                    calendar.set(new CalendarDay(holiday, DayKind.valueOf((String) kept.get("kind")),
                            (String) kept.get("name"), (String) kept.get("source")));
                }
            });
        }
    }

    @Test
    void aSupervisorReassignsTwoTasksAtOnce() throws Exception {
        try (BrowserSession approver = BrowserSession.signedIn(port, "approver")) {
            approver.open("/tasks?view=all&q=" + uscc);
            approver.awaitText(By.id("tasks-grid"), second.filingNo());
            approver.awaitText(By.id("tasks-grid"), first.filingNo());
            select(approver, first.filingNo());
            select(approver, second.filingNo());
            approver.click(By.id("bulk-reassign"));
            approver.combo("bulk-reassign-to", TAKER_NAME);
            approver.click(By.id("bulk-reassign-confirm"));
            approver.awaitText(By.id("task-bulk-result"), "完成 2 件，未办理 0 件");
            approver.awaitText(By.id("tasks-grid"), TAKER_NAME);
            approver.screenshot("workbench-bulk-reassign");
        }
        assertThat(jdbc.queryForList("SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t WHERE t.PROC_INST_ID_ IN (?, ?)",
                String.class, first.processInstanceId(), second.processInstanceId())).containsOnly(TAKER);
    }

    private Filing file() {
        return signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", uscc, false, null, null)));
    }

    private void awaitReview(Filing filing) {
        Waiting.upTo(Duration.ofSeconds(40), Duration.ofMillis(200)).alias(filing.filingNo() + " waits for review")
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND "
                        + "TASK_DEF_KEY_ = 'Task_ReviewFiling'", Long.class, filing.processInstanceId()) > 0);
    }

    /** The applicant column of the rows the grid shows, top to bottom; null while it shows fewer than two. */
    @SuppressWarnings("unchecked")
    private static List<String> subjects(BrowserSession browser) {
        List<String> shown = (List<String>) browser.script("""
                const grid = document.getElementById('tasks-grid');
                const text = cell => {
                    const slot = cell && cell.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    return content ? content.textContent.trim() : '';
                };
                const column = [...grid.shadowRoot.querySelectorAll('#header tr th')]
                    .findIndex(th => text(th).includes('申请人'));
                return [...grid.shadowRoot.querySelectorAll('#items tr')].filter(r => !r.hidden)
                    .sort((a, b) => a.index - b.index)
                    .map(r => text(r.querySelectorAll('td')[column])).filter(t => t.length > 0);""");
        return shown == null || shown.size() < 2 ? null : shown;
    }

    /** Ticks the selection box of the row that shows the filing number. */
    private static void select(BrowserSession browser, String filingNo) {
        browser.until(Duration.ofSeconds(20), d -> Boolean.TRUE.equals(browser.script("""
                const grid = document.getElementById('tasks-grid');
                const row = [...grid.shadowRoot.querySelectorAll('#items tr')].find(r => !r.hidden
                    && [...r.querySelectorAll('slot')].some(s => s.assignedElements().some(
                        e => e.textContent.trim() === arguments[0])));
                if (!row) { return false; }
                const box = row.querySelector('slot').assignedElements()[0].querySelector('vaadin-checkbox');
                if (!box) { return false; }
                if (!box.checked) { box.click(); }
                return true;""", filingNo)));
    }
}
