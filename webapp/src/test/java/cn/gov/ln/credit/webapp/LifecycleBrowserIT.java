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
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.shiro.mgt.SecurityManager;
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
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/breaches");
            officer.click(By.id("breach-enter"));
            officer.type("breach-identifier", uscc);
            officer.driver().findElement(By.cssSelector("#breach-description textarea"))
                    .sendKeys("拒不履行生效判决确定的给付义务", Keys.TAB);
            officer.click(By.id("breach-save"));
            officer.awaitUrlMatching(".*/breaches/\\d+$");
            breachId = Long.parseLong(officer.driver().getCurrentUrl().replaceAll(".*/", ""));
            officer.choose("basis-type", "法院判决");
            officer.type("basis-number", "（2026）辽01民初" + breachId + "号");
            officer.type("basis-issuer", "沈阳市中级人民法院");
            officer.input("basis-date").sendKeys(judgmentDate.toString(), Keys.ENTER, Keys.ESCAPE);
            officer.choose("basis-tier", "严重");
            officer.attach("basis-attachment", "判决书.pdf");
            officer.screenshot("lifecycle-determination");
            officer.click(By.id("breach-start"));
            officer.await(By.id("breach-defence-due"));
            assertThat(officer.driver().findElement(By.id("breach-status")).getText()).contains("陈述申辩期");
        }

        try (BrowserSession subject = BrowserSession.signedIn(port, "lifecycle-subject")) {
            subject.open("/my-notices");
            WebElement left = subject.await(By.id("notice-time-left"));
            assertThat(left.getText()).contains("剩余");
            subject.screenshot("lifecycle-notice");
            subject.driver().findElement(By.cssSelector("#statement-text textarea"))
                    .sendKeys("公司已与申请执行人达成和解，正在分期履行", Keys.TAB);
            subject.click(By.id("statement-submit"));
            subject.awaitText(By.cssSelector(".notice-card"), "您的陈述申辩");
        }

        long entryId;
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/breaches/" + breachId);
            officer.awaitText(By.id("breach-statement"), "分期履行");
            officer.radio("decision-list", "列入失信名单");
            officer.driver().findElement(By.cssSelector("#decision-reason textarea"))
                    .sendKeys("和解协议未实际履行，申辩理由不成立", Keys.TAB);
            officer.click(By.id("breach-decide"));
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
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/penalty-cases/" + caseId);
            officer.awaitText(By.id("penalty-progress"), "已响应 2");
            assertThat(officer.driver().findElement(By.id("penalty-parts")).getText()).contains("纳税信用直接判为D级")
                    .contains("该主体在本系统无在办事项");
            officer.screenshot("lifecycle-penalty-case");
        }

        try (BrowserSession subject = BrowserSession.signedIn(port, "lifecycle-subject")) {
            subject.open("/my-objections");
            subject.combo("objection-record", "拒不履行");
            subject.choose("objection-ground", "与信息来源不一致");
            subject.driver().findElement(By.cssSelector("#objection-description textarea"))
                    .sendKeys("和解协议已经法院确认，名单记录与法院执行信息不一致", Keys.TAB);
            subject.click(By.id("objection-submit"));
            subject.awaitText(By.id("my-objections-list"), "核实中");
        }
        assertThat(jdbc.queryForObject("SELECT disputed FROM list_entry WHERE id = ?", Boolean.class, entryId)).isTrue();
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.open("/public/dishonesty");
            WebElement search = visitor.await(By.cssSelector("#dishonesty-search input"));
            search.sendKeys(uscc, Keys.ENTER);
            visitor.awaitText(By.id("public-dishonesty-list"), "异议处理中");
            assertThat(visitor.driver().findElement(By.id("public-dishonesty-list")).getText()).contains(name)
                    .contains("沈阳市中级人民法院");
        }

        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/objections");
            officer.awaitText(By.id("objections-grid"), name);
            officer.click(BrowserSession.gridCell("objections-grid", name));
            officer.radio("objection-outcome", "维持原记录");
            officer.driver().findElement(By.cssSelector("#objection-reason textarea"))
                    .sendKeys("经与沈阳市中级人民法院核实，和解协议未履行，执行信息一致", Keys.TAB);
            officer.click(By.id("objection-decide"));
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
        try (BrowserSession subject = BrowserSession.signedIn(port, "lifecycle-subject")) {
            subject.open("/my-repairs");
            subject.click(By.id("repair-apply-" + entryId));
            subject.combo("repair-pledge", repairPledge.recordCode());
            subject.driver().findElement(By.cssSelector("#repair-statement textarea"))
                    .sendKeys("已全额履行判决确定的给付义务，附法院结案通知书", Keys.TAB);
            subject.attach("repair-proof", "结案通知书.pdf");
            subject.click(By.id("repair-submit"));
            subject.awaitText(By.id("my-repairs-list"), "审核中");
        }
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/repairs");
            officer.awaitText(By.id("repairs-grid"), name);
            officer.click(BrowserSession.gridCell("repairs-grid", name));
            officer.await(By.cssSelector("#repair-reason textarea")).sendKeys("义务已履行，材料齐全", Keys.TAB);
            officer.click(By.id("repair-grant"));
        }
        long lifting = await(() -> jdbc.queryForList("SELECT id FROM penalty_case WHERE list_entry_id = ? AND "
                + "action = 'LIFT'", Long.class, entryId).stream().findFirst().orElse(null));
        assertThat(jdbc.queryForObject("SELECT status FROM list_entry WHERE id = ?", String.class, entryId))
                .isEqualTo("LIFTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?", Long.class,
                lifting)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?",
                        Long.class, caseId));
        try (BrowserSession liaison = BrowserSession.signedIn(port, "liaison")) {
            liaison.open("/incoming-cases");
            liaison.awaitText(By.id("incoming-grid"), "解除惩戒");
            liaison.screenshot("lifecycle-lifting");
        }
    }

    private void respond(String username, long caseId, String outcome, String field, String text) throws IOException {
        try (BrowserSession liaison = BrowserSession.signedIn(port, username)) {
            liaison.open("/incoming-cases");
            liaison.await(By.id("incoming-grid"));
            liaison.open("/penalty-cases/" + caseId);
            liaison.await(By.id("response-form"));
            liaison.radio("form-outcome", outcome);
            liaison.driver().findElement(By.cssSelector("#form-" + field + " textarea")).sendKeys(text, Keys.TAB);
            liaison.click(By.id("penalty-respond"));
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

    /** The probe's first answer that is not null, within 40 s (the job executor works behind the screens). */
    private static <T> T await(Callable<T> probe) {
        return Waiting.upTo(Duration.ofSeconds(40), Duration.ofMillis(200)).alias("never happened")
                .until(probe, Objects::nonNull);
    }
}
