package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.supervision.NewSupervisionMark;
import cn.gov.ln.credit.supervision.SupervisionMark;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.testing.SignIn;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supervision and the officer's done work in the browser: a supervisor's 督办事项 list shows the marks of their
 * scope with the supervisor's name and the due light, lifts one and exports the list; the dashboard's "done this
 * week" opens the done list whose total is the figure; the case screens name people, never by login id.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionBrowserIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String SUPERVISOR = "approver";
    private static final String SUPERVISOR_NAME = "李志强";
    private static final String WORKER = "intake";
    private static final String WORKER_NAME = "陈晓燕";
    private static final List<String> LOGIN_IDS = List.of("sysadmin", "procadmin", "intake", "approver", "verifier",
            "creditofficer", "liaison", "system");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FilingService filings;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    Supervisions supervisions;
    @Autowired
    SecurityManager securityManager;

    SignIn signIn;
    Filing marked;
    Filing done;
    SupervisionMark mark;

    @BeforeAll
    void aSupervisorMarksAFilingAndAnOfficerCompletesAReview() {
        signIn = new SignIn(securityManager);
        List<String> usccs = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND "
                + "current_grade = 'B' AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND "
                + "e.status = 'ACTIVE') ORDER BY id", String.class);
        String uscc = usccs.get((int) (System.nanoTime() % usccs.size()));
        marked = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", uscc, false, null, null)));
        done = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", uscc, false, null, null)));
        String review = reviewTask(done);
        reviewTask(marked);
        signIn.run(WORKER, () -> tasks.claim(review));
        signIn.run(WORKER, () -> tasks.complete(review, Map.of("reviewDecision", "ACCEPT")));
        mark = signIn.call(SUPERVISOR, () -> supervisions.markFiling(marked.id(), null,
                new NewSupervisionMark("受理超时" + RUN, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1))));
    }

    @Test
    void theSupervisorListsLiftsAndExportsTheirMarks() throws Exception {
        try (BrowserSession supervisor = BrowserSession.signedIn(port, SUPERVISOR)) {
            supervisor.open("/supervision");
            supervisor.await(BrowserSession.gridCell("supervision-grid", marked.filingNo()));
            supervisor.await(BrowserSession.gridCell("supervision-grid", SUPERVISOR_NAME));
            assertThat(supervisor.await(By.id("supervision-due-" + mark.id())).getAttribute("data-light"))
                    .isIn("due_soon", "on_time");
            long total = count(supervisor.await(By.id("supervision-total")).getText());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    supervisor.download(By.id("supervision-export"))))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as("a row per mark of the list").isEqualTo(total);
                String setBy = null;
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    if (marked.filingNo().equals(sheet.getRow(row).getCell(0).getStringCellValue())) {
                        setBy = sheet.getRow(row).getCell(5).getStringCellValue();
                    }
                }
                assertThat(setBy).as("set by, by name").isEqualTo(SUPERVISOR_NAME);
            }
            assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE action = 'LIST_EXPORTED' AND actor = ?"
                    + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", String.class, SUPERVISOR))
                    .isEqualTo("filters=; rows=" + total);

            supervisor.choose("supervision-type-filter", "办件");
            supervisor.awaitUrlMatching(".*/supervision\\?type=filing$");
            supervisor.await(BrowserSession.gridCell("supervision-grid", marked.filingNo()));
            long filingMarks = count(supervisor.await(By.id("supervision-total")).getText());
            supervisor.click(By.id("supervision-lift-" + mark.id()));
            supervisor.await(By.cssSelector("#supervision-lift-reason textarea")).sendKeys("已督促办结", Keys.TAB);
            supervisor.click(By.id("supervision-lift-confirm"));
            supervisor.awaitText(By.id("supervision-total"), "共 " + (filingMarks - 1) + " 条");

            supervisor.open("/supervision?state=lifted&type=filing");
            supervisor.await(BrowserSession.gridCell("supervision-grid", marked.filingNo()));
        }
        try (BrowserSession other = BrowserSession.signedIn(port, "creditofficer")) {
            other.open("/supervision?type=filing");
            other.awaitText(By.id("supervision-total"), "共 0 条");
        }
    }

    @Test
    void theDoneFigureOpensTheDoneListWhoseTotalItIs() throws Exception {
        try (BrowserSession worker = BrowserSession.signedIn(port, WORKER)) {
            worker.open("/dashboard");
            worker.until(Duration.ofSeconds(30), d -> !d.findElement(By.id("my-done-this-week")).getText().isBlank());
            String figure = worker.await(By.id("my-done-this-week")).getText().strip();
            assertThat(Long.parseLong(figure)).isPositive();
            worker.click(By.id("my-done-this-week-link"));
            worker.awaitUrlMatching(".*/tasks\\?view=done&from=\\d{4}-\\d\\d-\\d\\d&to=\\d{4}-\\d\\d-\\d\\d$");
            worker.await(BrowserSession.gridCell("done-grid", done.filingNo()));
            assertThat(count(worker.await(By.id("done-total")).getText())).as("the figure is the list's total")
                    .isEqualTo(Long.parseLong(figure));
        }
    }

    @Test
    void theCaseScreensNamePeopleNotLoginIds() throws Exception {
        try (BrowserSession supervisor = BrowserSession.signedIn(port, SUPERVISOR)) {
            supervisor.open("/filings/" + done.id());
            supervisor.awaitText(By.id("filing-timeline"), WORKER_NAME);
            showsNoLoginId(supervisor);
            supervisor.open("/filings/" + marked.id());
            supervisor.awaitText(By.id("supervision"), SUPERVISOR_NAME);
            showsNoLoginId(supervisor);
        }
        try (BrowserSession office = BrowserSession.signedIn(port, "creditofficer")) {
            for (Long breach : jdbc.queryForList("SELECT id FROM breach WHERE decided_by IS NOT NULL OR raised_by IS "
                    + "NOT NULL ORDER BY id FETCH FIRST 2 ROWS ONLY", Long.class)) {
                office.open("/breaches/" + breach);
                office.await(By.id("breach-status"));
                showsNoLoginId(office);
            }
            for (Long penaltyCase : jdbc.queryForList("SELECT id FROM penalty_case ORDER BY id FETCH FIRST 1 ROWS "
                    + "ONLY", Long.class)) {
                office.open("/penalty-cases/" + penaltyCase);
                office.await(By.id("penalty-initiated"));
                showsNoLoginId(office);
            }
        }
    }

    private static void showsNoLoginId(BrowserSession browser) {
        String text = browser.driver().findElement(By.tagName("body")).getText();
        for (String id : LOGIN_IDS) {
            assertThat(text).as(browser.driver().getCurrentUrl()).doesNotContainPattern(
                    "(?<![A-Za-z0-9.@-])" + java.util.regex.Pattern.quote(id) + "(?![A-Za-z0-9.@-])");
        }
    }

    private static long count(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private String reviewTask(Filing filing) {
        Waiting.upTo(Duration.ofSeconds(40), Duration.ofMillis(200)).alias(filing.filingNo() + " waits for review")
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND "
                        + "TASK_DEF_KEY_ = 'Task_ReviewFiling'", Long.class, filing.processInstanceId()) > 0);
        return jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ = "
                + "'Task_ReviewFiling'", String.class, filing.processInstanceId());
    }
}
