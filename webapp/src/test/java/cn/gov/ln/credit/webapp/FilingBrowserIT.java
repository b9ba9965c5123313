package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Permit filing in the browser, with the job executor running the credit checks and timers: an applicant files,
 * the intake officer sees the check result, claims and accepts, the approval officer decides, the applicant sees
 * the outcome; and a filing approved on a pledge whose verification task reaches the verifier when its timer is
 * due (the sampling table set to verify every pledge, as a process admin may).
 */
@WebIntegrationTest
class FilingBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PledgeService pledges;
    @Autowired
    FilingService filings;
    @Autowired
    RepositoryService repository;
    @Autowired
    SecurityManager securityManager;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void anApplicantFilesAnOfficerChecksClaimsAndDecidesAndTheApplicantSeesTheOutcome() throws Exception {
        String filingNo;
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            filingNo = file(applicant, "工业产品生产许可证核发", false);
            applicant.screenshot("filing-filed");
        }
        awaitStatus(filingNo, "IN_REVIEW");

        try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
            intake.open("/tasks");
            intake.click(By.id("tab-department"));
            search(intake, filingNo);
            // the grid may re-render under a click while it loads: click again until the server has the claim
            intake.until(Duration.ofSeconds(10), Duration.ofSeconds(1), d -> {
                if (assignee(filingNo) != null) {
                    return true;
                }
                intake.click(By.id("claim-" + filingNo));
                return false;
            });
            assertThat(assignee(filingNo)).isEqualTo("intake");
            intake.click(By.id("tab-mine"));
            search(intake, filingNo);
            open(intake, filingNo);
            intake.await(By.id("check-intake"));
            assertThat(intake.driver().findElement(By.id("check-intake")).getText()).contains("信用等级 A")
                    .contains("本省公共信用信息库");
            assertThat(intake.driver().findElement(By.id("filing-route")).getText()).isEqualTo("绿色通道");
            WebElement diagram = intake.await(By.cssSelector("#diagram-PermitFiling[data-rendered='true']"));
            assertThat(diagram.getAttribute("data-active")).isEqualTo("Task_ReviewFiling");
            intake.screenshot("filing-review");
            intake.radio("form-reviewDecision", "受理，提交审批");
            intake.click(By.id("task-complete"));
            intake.awaitText(By.id("filing-timeline"), "受理，提交审批");
        }
        awaitStatus(filingNo, "AWAITING_DECISION");
        awaitTask(filingNo, "Task_DecideFiling");

        try (BrowserSession approver = BrowserSession.signedIn(port, "approver")) {
            approver.open("/tasks");
            approver.click(By.id("tab-department"));
            search(approver, filingNo);
            open(approver, filingNo);
            approver.await(By.id("check-pre_decision"));
            approver.radio("form-decision", "准予许可");
            approver.driver().findElement(By.cssSelector("#form-reason textarea")).sendKeys("材料齐全，符合法定条件", Keys.TAB);
            approver.screenshot("filing-decision");
            approver.click(By.id("task-complete"));
            approver.awaitText(By.id("filing-status"), "准予许可");
        }

        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.await(By.id("unread-count"));
            applicant.open("/my-filings");
            applicant.awaitText(By.id("my-filings-list"), filingNo);
            assertThat(applicant.driver().findElement(By.id("my-filings-list")).getText()).contains("准予许可");
            applicant.open("/notifications");
            applicant.awaitText(By.id("notifications"), "办理结果：" + filingNo);
            assertThat(applicant.driver().findElement(By.id("notifications")).getText()).contains("准予许可")
                    .contains("材料齐全，符合法定条件");
            applicant.screenshot("filing-outcome");
        }
    }

    @Test
    void aFilingApprovedOnAPledgeHasItsVerificationTaskWhenTheTimerIsDue() throws Exception {
        String original = sampling();
        DeploymentGate.through("test", repository.createDeployment().name("sampling-all").addString(
                "processes/VerificationSampling.dmn",
                original.replaceAll("<text>[01]?\\.\\d+</text>", "<text>1.0</text>"))::deploy);
        try {
            Pledge pledge = new SignIn(securityManager).call("applicant", () -> pledges.signWithPassword(pledges
                    .draft(new NewPledge("FOOD-BUSINESS-IN-LIEU", null, "新店申请食品经营许可",
                            Map.of("businessAddress", "沈阳市和平区太原街 9 号", "businessItems", "预包装食品销售",
                                    "floorArea", 60, "safetyManager", "周敏", "contactPhone", "13700000000"),
                            Publicity.PUBLIC, filings.handlingDepartment("LN-SCJG-001").id(), null)).draftRef(),
                    SignIn.DEMO_PASSWORD.toCharArray()));
            String filingNo;
            try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
                filingNo = file(applicant, "食品经营许可", true);
                awaitStatus(filingNo, "IN_REVIEW");
                applicant.driver().navigate().refresh();
                applicant.awaitText(By.id("filing-inlieu"), "以承诺代替证明材料");
                assertThat(applicant.driver().findElement(By.id("filing-pledge")).getText())
                        .isEqualTo(pledge.recordCode());
            }
            try (BrowserSession intake = BrowserSession.signedIn(port, "intake")) {
                completeFromTaskList(intake, filingNo, "form-reviewDecision", "受理，提交审批");
            }
            awaitTask(filingNo, "Task_DecideFiling");
            try (BrowserSession approver = BrowserSession.signedIn(port, "approver")) {
                completeFromTaskList(approver, filingNo, "form-decision", "准予许可");
                approver.awaitText(By.id("filing-timeline"), "启动承诺核查");
            }
            Date due = jdbc.queryForObject("SELECT j.DUEDATE_ FROM ACT_RU_JOB j JOIN ACT_RU_EXECUTION e "
                    + "ON e.ID_ = j.PROCESS_INSTANCE_ID_ WHERE e.BUSINESS_KEY_ = ? AND j.TYPE_ = 'timer'",
                    Date.class, filingNo);
            assertThat(due.toInstant()).isAfter(Instant.now().plus(Duration.ofDays(20)));
            try (BrowserSession verifier = BrowserSession.signedIn(port, "verifier")) {
                verifier.open("/tasks");
                verifier.click(By.id("tab-department"));
                search(verifier, filingNo);
                verifier.awaitText(By.id("task-total"), "共 0 条");

                ClockUtil.setCurrentTime(Date.from(due.toInstant().plusSeconds(60)));
                awaitTask(filingNo, "Task_VerifyPledge");
                verifier.open("/tasks");
                verifier.click(By.id("tab-department"));
                search(verifier, filingNo);
                verifier.awaitText(By.id("tasks-grid"), "核查承诺履行情况");
                verifier.screenshot("verification-due");
            }
        } finally {
            DeploymentGate.through("test", repository.createDeployment().name("sampling-restored").addString(
                    "processes/VerificationSampling.dmn", original)::deploy);
        }
    }

    /** Files through the application screen; returns the filing number shown on the case it opens. */
    private String file(BrowserSession browser, String matter, boolean inLieu) {
        browser.open("/apply");
        WebElement field = browser.await(By.cssSelector("vaadin-combo-box#apply-matter input"));
        field.sendKeys(matter);
        browser.click(BrowserSession.comboItem(matter));
        browser.await(By.id("apply-details"));
        if (inLieu) {
            browser.click(By.cssSelector("vaadin-checkbox#apply-inlieu"));
            browser.until(Duration.ofSeconds(10), d -> !d.findElement(
                    By.cssSelector("vaadin-combo-box#apply-pledge input")).getAttribute("value").isEmpty());
        }
        // the materials the portal requires: each row still marked required once the pledge choice is made
        browser.await(By.id("apply-materials"));
        java.util.List<String> required = browser.driver().findElements(By.cssSelector(".material-row")).stream()
                .filter(row -> row.getText().contains("必需")).map(row -> row.getAttribute("id")).toList();
        required.forEach(id -> browser.attach(id, id + ".pdf"));
        browser.click(By.id("apply-submit"));
        WebElement number = browser.await(By.id("filing-no"));
        return number.getText();
    }

    private void completeFromTaskList(BrowserSession browser, String filingNo, String radioId, String option) {
        browser.open("/tasks");
        browser.click(By.id("tab-department"));
        search(browser, filingNo);
        open(browser, filingNo);
        browser.radio(radioId, option);
        browser.click(By.id("task-complete"));
        browser.awaitText(By.id("filing-timeline"), option);
    }

    /** Opens the case from the task list; the grid may re-render under a first click while it loads a page. */
    private static void open(BrowserSession browser, String filingNo) {
        for (int attempt = 0; attempt < 10 && !browser.driver().getCurrentUrl().contains("/filings/"); attempt++) {
            browser.click(By.id("open-" + filingNo));
            try {
                browser.until(Duration.ofSeconds(2), d -> d.getCurrentUrl().contains("/filings/"));
            } catch (org.openqa.selenium.TimeoutException e) {
                // clicked a row that was being replaced; the next attempt finds the new one
            }
        }
        browser.screenshotOnFailure("debug-open-" + filingNo, () -> browser.await(By.id("filing-timeline")));
    }

    private static void search(BrowserSession browser, String filingNo) {
        WebElement text = browser.await(By.cssSelector("#task-search input"));
        text.clear();
        text.sendKeys(filingNo, Keys.ENTER);
        browser.awaitText(By.id("task-total"), "共");
    }

    private String assignee(String filingNo) {
        java.util.List<String> assignees = jdbc.queryForList("SELECT t.ASSIGNEE_ FROM ACT_RU_TASK t JOIN "
                + "ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = ?", String.class, filingNo);
        return assignees.isEmpty() ? null : assignees.get(0);
    }

    private void awaitStatus(String filingNo, String status) {
        Waiting.upTo(Duration.ofSeconds(20), Duration.ofMillis(200)).alias(filingNo + " reaches " + status)
                .until(() -> status.equals(jdbc.queryForObject("SELECT status FROM filing WHERE filing_no = ?",
                        String.class, filingNo)));
    }

    private void awaitTask(String filingNo, String taskKey) {
        Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(200)).alias(filingNo + " reaches " + taskKey)
                .until(() -> {
                    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e "
                            + "ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = ?",
                            Long.class, filingNo, taskKey);
                    return count != null && count > 0;
                });
    }

    private static String sampling() throws IOException {
        try (InputStream in = FilingBrowserIT.class.getClassLoader()
                .getResourceAsStream("processes/VerificationSampling.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
