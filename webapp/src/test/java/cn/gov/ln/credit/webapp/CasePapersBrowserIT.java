package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionDecision;
import cn.gov.ln.credit.objection.ObjectionHandling;
import cn.gov.ln.credit.objection.ObjectionService;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.repair.NewRepair;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case's papers on the screens, with the job executor running: the applicant reads the reply to an objection
 * and the refusal of a repair on a phone (every button within the screen; opening the PDF records its delivery);
 * the credit officer opens an answered objection's papers and every department's penalty notice; a department's
 * liaison sees its own notice in its incoming cases and on the case, and no other department's.
 */
@WebIntegrationTest
class CasePapersBrowserIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String SUBJECT = "papers-subject";
    static final String OFFICER = "creditofficer";
    /** The demo liaison, of the provincial taxation department: a department every penalty case reaches. */
    static final String LIAISON = "liaison";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    BreachService breaches;
    @Autowired
    DeterminationService determinations;
    @Autowired
    ObjectionService objections;
    @Autowired
    ObjectionHandling objectionHandling;
    @Autowired
    RepairService repairs;
    @Autowired
    PledgeService pledges;
    @Autowired
    ManagementService management;
    @Autowired
    SystemRunner system;
    @Autowired
    SecurityManager securityManager;

    @Test
    void eachReaderSeesTheCasesPapersTheyMayRead() throws IOException {
        SignIn signIn = new SignIn(securityManager);
        long entryId = listed(signIn);
        long caseId = await(() -> jdbc.queryForList("SELECT id FROM penalty_case WHERE list_entry_id = ? AND "
                + "action = 'INITIATE'", Long.class, entryId).stream().findFirst().orElse(null));
        long taxation = departments.findByCode("210000-TAXATION").orElseThrow().id();
        String ownNotice = await(() -> jdbc.queryForList("SELECT doc_number FROM legal_document WHERE case_type = "
                + "'PENALTY' AND case_id = ? AND occurrence = ?", String.class, caseId, Long.toString(taxation))
                .stream().findFirst().orElse(null));
        String otherNotice = jdbc.queryForList("SELECT doc_number FROM legal_document WHERE case_type = 'PENALTY' "
                + "AND case_id = ? AND occurrence <> ? ORDER BY id", String.class, caseId, Long.toString(taxation))
                .get(0);

        Objection objection = signIn.call(SUBJECT, () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entryId, Objection.Ground.ERROR, "判决已撤销", null, null)));
        signIn.run(OFFICER, () -> objectionHandling.decide(objection.id(), new ObjectionDecision(
                Objection.ObjectionStatus.UPHELD, "经与沈阳市中级人民法院核实，判决合法有效", null, null)));
        Paper reply = paper("OBJECTION", objection.id());
        RepairApplication repair = signIn.call(SUBJECT, () -> repairs.apply(new NewRepair(entryId,
                repairPledge(signIn, entryId).recordCode(), "已整改"), pdf("履行证明")));
        signIn.run(OFFICER, () -> repairs.decide(repair.id(), false, "未提供履行证明原件"));
        Paper refusal = paper("REPAIR", repair.id());

        try (BrowserSession subject = BrowserSession.signedIn(port, SUBJECT)) {
            subject.driver().manage().window().setSize(new Dimension(PhoneScreensBrowserIT.PHONE_WIDTH, 844));
            subject.open("/my-objections");
            subject.awaitText(By.id("my-objection-papers"), reply.number());
            fitsThePhone(subject, reply);
            subject.script("document.getElementById(arguments[0]).scrollIntoView()", "paper-" + reply.id());
            subject.screenshot("phone-objection-papers");
            assertThat(fetch(subject, "paper-print-" + reply.id())).isEqualTo("application/pdf %PDF");
            subject.open("/my-repairs");
            subject.awaitText(By.id("my-repair-papers"), refusal.number());
            assertThat(subject.driver().findElement(By.id("paper-" + refusal.id())).getText())
                    .contains("不予信用修复决定书");
            fitsThePhone(subject, refusal);
            subject.script("document.getElementById(arguments[0]).scrollIntoView()", "paper-" + refusal.id());
            subject.screenshot("phone-repair-papers");
            assertThat(fetch(subject, "paper-download-" + refusal.id())).isEqualTo("application/pdf %PDF");
        }
        assertThat(jdbc.queryForObject("SELECT opened_by FROM legal_document WHERE id = ?", String.class, reply.id()))
                .as("reading it online is its delivery").isEqualTo(SUBJECT);

        try (BrowserSession officer = BrowserSession.signedIn(port, OFFICER)) {
            officer.open("/objections?state=all");
            officer.click(By.id("objection-papers-" + objection.id()));
            officer.awaitText(By.id("objection-papers"), reply.number());
            assertThat(officer.driver().findElement(By.id("paper-" + reply.id())).getText()).contains("已送达");
            officer.open("/penalty-cases/" + caseId);
            officer.awaitText(By.id("penalty-papers"), ownNotice);
            assertThat(officer.driver().findElement(By.id("penalty-papers")).getText()).contains(otherNotice);
        }

        try (BrowserSession liaison = BrowserSession.signedIn(port, LIAISON)) {
            liaison.open("/incoming-cases");
            liaison.awaitText(By.id("incoming-grid"), ownNotice);
            liaison.open("/penalty-cases/" + caseId);
            liaison.awaitText(By.id("penalty-papers"), ownNotice);
            assertThat(liaison.driver().findElement(By.id("penalty-papers")).getText()).doesNotContain(otherNotice);
            liaison.script("document.getElementById('penalty-papers').scrollIntoView()");
            liaison.screenshot("liaison-penalty-notice");
        }
    }

    /** A fresh Shenyang organisation with an account of its own, listed as a general breach four months ago. */
    private long listed(SignIn signIn) {
        long subjectId = jdbc.queryForObject("SELECT s.id FROM credit_subject s WHERE s.kind = 'LEGAL_PERSON' AND "
                + "s.division_code LIKE '2101%' AND s.current_grade = 'B' AND NOT EXISTS (SELECT 1 FROM list_entry e "
                + "WHERE e.subject_id = s.id) AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.subject_id = s.id) "
                + "AND NOT EXISTS (SELECT 1 FROM breach b WHERE b.subject_id = s.id) ORDER BY s.id DESC "
                + "FETCH FIRST 1 ROWS ONLY", Long.class);
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE id = ?", String.class, subjectId);
        system.run(() -> accounts.create(new NewUser(SUBJECT, SUBJECT, ActorKind.APPLICANT, null, null, subjectId,
                Set.of(Roles.APPLICANT), SignIn.DEMO_PASSWORD.toCharArray())));
        LocalDate basisDate = LocalDate.now(ZONE).minusMonths(4);
        Breach started = signIn.call(OFFICER, () -> {
            Breach breach = breaches.enter(new NewBreach(uscc, "拒不履行生效判决确定的给付义务"));
            return determinations.startDetermination(breach.id(), new cn.gov.ln.credit.breach.LegalDocument(
                    LegalBasisType.COURT_JUDGMENT, "（2026）辽01执" + breach.id() + "号", "沈阳市中级人民法院", basisDate,
                    BreachTier.GENERAL), pdf("判决书"));
        });
        Job lapse = management.createJobQuery().processInstanceId(started.processInstanceId())
                .activityId("Timer_DefencePeriodEnds").singleResult();
        system.run(() -> management.executeJob(lapse.getId()));
        signIn.run(OFFICER, () -> determinations.decide(started.id(), new ListingDecision(true, BreachTier.GENERAL,
                "证据确凿，依法列入")));
        return jdbc.queryForObject("SELECT list_entry_id FROM breach WHERE id = ?", Long.class, started.id());
    }

    private Pledge repairPledge(SignIn signIn, long entryId) {
        String basis = jdbc.queryForObject("SELECT basis_number FROM list_entry WHERE id = ?", String.class, entryId);
        return signIn.call(SUBJECT, () -> pledges.signWithPassword(pledges.draft(new NewPledge("CREDIT-REPAIR", null,
                "申请信用修复", Map.of("basisNumber", basis, "corrections", "已全额履行判决确定的义务", "fulfilledOn",
                        LocalDate.now(ZONE).minusDays(1).toString()), Publicity.PUBLIC,
                departments.findByCode("210000-DEVELOPMENT_REFORM").orElseThrow().id(), null)).draftRef(),
                SignIn.DEMO_PASSWORD.toCharArray()));
    }

    /** The paper's block, with its download and print buttons, within the phone's width; the page no wider. */
    private static void fitsThePhone(BrowserSession browser, Paper paper) {
        Number view = (Number) browser.script("return window.innerWidth");
        for (String id : List.of("paper-" + paper.id(), "paper-download-" + paper.id(), "paper-print-" + paper.id())) {
            @SuppressWarnings("unchecked")
            List<Number> edges = (List<Number>) browser.script("const r = document.getElementById(arguments[0])"
                    + ".getBoundingClientRect(); return [r.left, r.right, r.width];", id);
            assertThat(edges.get(2).doubleValue()).as(id + " is shown").isPositive();
            assertThat(edges.get(0).doubleValue()).as(id + " starts on the screen").isGreaterThanOrEqualTo(0);
            assertThat(edges.get(1).doubleValue()).as(id + " ends on the screen")
                    .isLessThanOrEqualTo(view.doubleValue());
        }
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        assertThat(wide.intValue()).as("the page is no wider than the phone").isLessThanOrEqualTo(view.intValue());
    }

    /** What the link serves, as the signed-in browser reads it: its content type and the file's first bytes. */
    private static String fetch(BrowserSession browser, String linkId) {
        return (String) browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById(arguments[0]).getAttribute('href')).then(r => r.arrayBuffer()"
                + ".then(b => done(r.headers.get('content-type') + ' ' + new TextDecoder().decode(new Uint8Array(b)"
                + ".slice(0, 4))))).catch(e => done('failed ' + e));", linkId);
    }

    private Paper paper(String caseType, long caseId) {
        return jdbc.queryForObject("SELECT id, doc_number FROM legal_document WHERE case_type = ? AND case_id = ?",
                (rs, i) -> new Paper(rs.getLong(1), rs.getString(2)), caseType, caseId);
    }

    record Paper(long id, String number) {
    }

    private static Upload pdf(String title) {
        return new Upload(title + ".pdf", "application/pdf", ("%PDF-1.4 " + title).getBytes(StandardCharsets.UTF_8));
    }

    /** The probe's first answer that is not null, within 90 s (the job executor issues a notice per department). */
    private static <T> T await(Callable<T> probe) {
        return Waiting.upTo(Duration.ofSeconds(90), Duration.ofMillis(250)).alias("never happened")
                .until(probe, Objects::nonNull);
    }
}
