package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit lifecycle in the browser, with the job executor running: a credit officer determines a breach on a
 * court judgment, the subject answers the advance notice online, the officer lists the subject and the case goes
 * out to the departments, two department liaisons respond, the subject objects and the objection is upheld; a year
 * later the subject repairs, the officer grants it, and the lifting reaches the departments.
 */
@WebIntegrationTest
class LifecycleBrowserIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    PledgeService pledges;
    @Autowired
    SystemRunner system;
    @Autowired
    SecurityManager securityManager;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void aBreachIsDeterminedAnsweredListedPushedDisputedAndRepaired() throws Exception {
        long subjectId = jdbc.queryForObject("SELECT s.id FROM credit_subject s WHERE s.kind = 'LEGAL_PERSON' AND "
                + "s.division_code LIKE '2101%' AND s.current_grade = 'B' AND NOT EXISTS (SELECT 1 FROM list_entry e "
                + "WHERE e.subject_id = s.id) AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.subject_id = s.id) "
                + "AND NOT EXISTS (SELECT 1 FROM breach b WHERE b.subject_id = s.id) ORDER BY s.id FETCH FIRST 1 ROWS ONLY",
                Long.class);
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE id = ?", String.class, subjectId);
        String name = jdbc.queryForObject("SELECT name FROM credit_subject WHERE id = ?", String.class, subjectId);
        account("lifecycle-subject", ActorKind.APPLICANT, null, subjectId, Roles.APPLICANT);
        account("liaison-market", ActorKind.STAFF, departments.findByCode("210000-MARKET_REGULATION").orElseThrow()
                .id(), null, Roles.DEPARTMENT_LIAISON);
        LocalDate judgmentDate = LocalDate.now(ZONE).minusDays(10);

        long breachId;
        try (BrowserSession officer = signedIn("creditofficer")) {
            officer.open("/breaches");
            click(officer, By.id("breach-enter"));
            type(officer, "breach-identifier", uscc);
            officer.driver().findElement(By.cssSelector("#breach-description textarea"))
                    .sendKeys("拒不履行生效判决确定的给付义务", Keys.TAB);
            click(officer, By.id("breach-save"));
            new WebDriverWait(officer.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl()
                    .matches(".*/breaches/\\d+$"));
            breachId = Long.parseLong(officer.driver().getCurrentUrl().replaceAll(".*/", ""));
            choose(officer, "basis-type", "法院判决");
            type(officer, "basis-number", "（2026）辽01民初" + breachId + "号");
            type(officer, "basis-issuer", "沈阳市中级人民法院");
            officer.await(By.cssSelector("#basis-date input")).sendKeys(judgmentDate.toString(), Keys.ENTER, Keys.ESCAPE);
            choose(officer, "basis-tier", "严重");
            attach(officer, "basis-attachment", "判决书.pdf");
            officer.screenshot("lifecycle-determination");
            click(officer, By.id("breach-start"));
            officer.await(By.id("breach-defence-due"));
            assertThat(officer.driver().findElement(By.id("breach-status")).getText()).contains("陈述申辩期");
        }

        try (BrowserSession subject = signedIn("lifecycle-subject")) {
            subject.open("/my-notices");
            WebElement left = subject.await(By.id("notice-time-left"));
            assertThat(left.getText()).contains("剩余");
            subject.screenshot("lifecycle-notice");
            subject.driver().findElement(By.cssSelector("#statement-text textarea"))
                    .sendKeys("公司已与申请执行人达成和解，正在分期履行", Keys.TAB);
            click(subject, By.id("statement-submit"));
            subject.awaitText(By.cssSelector(".notice-card"), "您的陈述申辩");
        }

        long entryId;
        try (BrowserSession officer = signedIn("creditofficer")) {
            officer.open("/breaches/" + breachId);
            officer.awaitText(By.id("breach-statement"), "分期履行");
            radio(officer, "decision-list", "列入失信名单");
            officer.driver().findElement(By.cssSelector("#decision-reason textarea"))
                    .sendKeys("和解协议未实际履行，申辩理由不成立", Keys.TAB);
            click(officer, By.id("breach-decide"));
            officer.await(By.id("breach-listing"));
            entryId = jdbc.queryForObject("SELECT list_entry_id FROM breach WHERE id = ?", Long.class, breachId);
            long caseId = await(() -> jdbc.queryForList("SELECT id FROM penalty_case WHERE list_entry_id = ? AND "
                    + "action = 'INITIATE'", Long.class, entryId).stream().findFirst().orElse(null));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?", Long.class,
                    caseId)).isGreaterThanOrEqualTo(59);
            officer.open("/breaches/" + breachId);
            officer.await(By.id("penalty-link-INITIATE"));
        }
        long caseId = jdbc.queryForObject("SELECT id FROM penalty_case WHERE list_entry_id = ? AND action = 'INITIATE'",
                Long.class, entryId);

        respond("liaison", caseId, "已按清单办理", "appliedMeasures", "纳税信用直接判为D级");
        respond("liaison-market", caseId, "未办理（须说明理由）", "note", "该主体在本系统无在办事项，已设置预警");
        try (BrowserSession officer = signedIn("creditofficer")) {
            officer.open("/penalty-cases/" + caseId);
            officer.awaitText(By.id("penalty-progress"), "已响应 2");
            assertThat(officer.driver().findElement(By.id("penalty-parts")).getText()).contains("纳税信用直接判为D级")
                    .contains("该主体在本系统无在办事项");
            officer.screenshot("lifecycle-penalty-case");
        }

        try (BrowserSession subject = signedIn("lifecycle-subject")) {
            subject.open("/my-objections");
            combo(subject, "objection-record", "拒不履行");
            choose(subject, "objection-ground", "与信息来源不一致");
            subject.driver().findElement(By.cssSelector("#objection-description textarea"))
                    .sendKeys("和解协议已经法院确认，名单记录与法院执行信息不一致", Keys.TAB);
            click(subject, By.id("objection-submit"));
            subject.awaitText(By.id("my-objections-grid"), "核实中");
        }
        assertThat(jdbc.queryForObject("SELECT disputed FROM list_entry WHERE id = ?", Boolean.class, entryId)).isTrue();
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.open("/public/dishonesty");
            WebElement search = visitor.await(By.cssSelector("#dishonesty-search input"));
            search.sendKeys(uscc, Keys.ENTER);
            visitor.awaitText(By.id("public-dishonesty-grid"), "异议处理中");
            assertThat(visitor.driver().findElement(By.id("public-dishonesty-grid")).getText()).contains(name)
                    .contains("沈阳市中级人民法院");
        }

        try (BrowserSession officer = signedIn("creditofficer")) {
            officer.open("/objections");
            officer.awaitText(By.id("objections-grid"), name);
            click(officer, By.xpath("//vaadin-grid[@id='objections-grid']//vaadin-grid-cell-content[contains(., '"
                    + name + "')]"));
            radio(officer, "objection-outcome", "维持原记录");
            officer.driver().findElement(By.cssSelector("#objection-reason textarea"))
                    .sendKeys("经与沈阳市中级人民法院核实，和解协议未履行，执行信息一致", Keys.TAB);
            click(officer, By.id("objection-decide"));
            await(() -> "UPHELD".equals(jdbc.queryForObject("SELECT status FROM objection WHERE record_id = ?",
                    String.class, entryId)) ? Boolean.TRUE : null);
        }
        await(() -> Boolean.FALSE.equals(jdbc.queryForObject("SELECT disputed FROM list_entry WHERE id = ?",
                Boolean.class, entryId)) ? Boolean.TRUE : null);

        ClockUtil.setCurrentTime(Date.from(judgmentDate.plusYears(1).plusDays(2).atTime(10, 0).atZone(ZONE)
                .toInstant()));
        Pledge repairPledge = new SignIn(securityManager).call("lifecycle-subject", () -> pledges.signWithPassword(
                pledges.draft(new NewPledge("CREDIT-REPAIR", null, "申请信用修复", Map.of("basisNumber",
                        "（2026）辽01民初" + breachId + "号", "corrections", "已全额履行判决确定的给付义务",
                        "fulfilledOn", judgmentDate.plusMonths(6).toString()), Publicity.PUBLIC,
                        departments.findByCode("210000-DEVELOPMENT_REFORM").orElseThrow().id(), null)).draftRef(),
                SignIn.DEMO_PASSWORD.toCharArray()));
        try (BrowserSession subject = signedIn("lifecycle-subject")) {
            subject.open("/my-repairs");
            click(subject, By.id("repair-apply-" + entryId));
            combo(subject, "repair-pledge", repairPledge.recordCode());
            subject.driver().findElement(By.cssSelector("#repair-statement textarea"))
                    .sendKeys("已全额履行判决确定的给付义务，附法院结案通知书", Keys.TAB);
            attach(subject, "repair-proof", "结案通知书.pdf");
            click(subject, By.id("repair-submit"));
            subject.awaitText(By.id("my-repairs-grid"), "审核中");
        }
        try (BrowserSession officer = signedIn("creditofficer")) {
            officer.open("/repairs");
            officer.awaitText(By.id("repairs-grid"), name);
            click(officer, By.xpath("//vaadin-grid[@id='repairs-grid']//vaadin-grid-cell-content[contains(., '"
                    + name + "')]"));
            officer.await(By.cssSelector("#repair-reason textarea")).sendKeys("义务已履行，材料齐全", Keys.TAB);
            click(officer, By.id("repair-grant"));
        }
        long lifting = await(() -> jdbc.queryForList("SELECT id FROM penalty_case WHERE list_entry_id = ? AND "
                + "action = 'LIFT'", Long.class, entryId).stream().findFirst().orElse(null));
        assertThat(jdbc.queryForObject("SELECT status FROM list_entry WHERE id = ?", String.class, entryId))
                .isEqualTo("LIFTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?", Long.class,
                lifting)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?",
                        Long.class, caseId));
        try (BrowserSession liaison = signedIn("liaison")) {
            liaison.open("/incoming-cases");
            liaison.awaitText(By.id("incoming-grid"), "解除惩戒");
            liaison.screenshot("lifecycle-lifting");
        }
    }

    private void respond(String username, long caseId, String outcome, String field, String text) throws IOException {
        try (BrowserSession liaison = signedIn(username)) {
            liaison.open("/incoming-cases");
            liaison.await(By.id("incoming-grid"));
            liaison.open("/penalty-cases/" + caseId);
            liaison.await(By.id("response-form"));
            radio(liaison, "form-outcome", outcome);
            liaison.driver().findElement(By.cssSelector("#form-" + field + " textarea")).sendKeys(text, Keys.TAB);
            click(liaison, By.id("penalty-respond"));
            liaison.await(By.id("feedback-form"));
        }
    }

    private void account(String username, ActorKind kind, Long departmentId, Long subjectId, String role) {
        system.run(() -> {
            if (!accounts.exists(username)) {
                accounts.create(new NewUser(username, username, kind, departmentId, null, subjectId, Set.of(role),
                        SignIn.DEMO_PASSWORD.toCharArray()));
            }
        });
    }

    private BrowserSession signedIn(String username) throws IOException {
        BrowserSession session = new BrowserSession(port);
        session.login(username, SignIn.DEMO_PASSWORD);
        session.await(By.cssSelector("h1.app-title"));
        return session;
    }

    private static <T> T await(Supplier<T> probe) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("never happened");
    }

    private static void click(BrowserSession browser, By locator) {
        WebElement element = browser.await(locator);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", element);
    }

    private static void type(BrowserSession browser, String id, String text) {
        browser.await(By.cssSelector("#" + id + " input")).sendKeys(text, Keys.TAB);
    }

    private static void choose(BrowserSession browser, String id, String option) {
        click(browser, By.id(id));
        click(browser, By.xpath("//vaadin-select-item[contains(., '" + option + "')]"));
    }

    private static void combo(BrowserSession browser, String id, String text) {
        browser.await(By.cssSelector("#" + id + " input")).sendKeys(text);
        click(browser, By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]"));
    }

    private static void radio(BrowserSession browser, String id, String label) {
        click(browser, By.xpath("//vaadin-radio-group[@id='" + id + "']//vaadin-radio-button[contains(., '" + label
                + "')]"));
    }

    /** Picks a small PDF in the upload, as a user dropping a file would. */
    private static void attach(BrowserSession browser, String id, String fileName) throws InterruptedException {
        WebElement upload = browser.await(By.cssSelector("#" + id + " vaadin-upload"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0]._addFiles([new File(['%PDF-1.4 test'], "
                + "arguments[1], {type: 'application/pdf'})]);", upload, fileName);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);",
                        upload).equals(Boolean.TRUE));
    }
}
