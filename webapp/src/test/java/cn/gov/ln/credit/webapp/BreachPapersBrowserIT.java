package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The advance notice as a paper in the browser: the subject finds it among their notices with a link to its screen
 * and downloads it, which delivers it; the officer's case screen then shows when it was read, and the officer
 * records the paper handed over on paper too, with the scanned receipt.
 */
@WebIntegrationTest
class BreachPapersBrowserIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    BreachService breaches;
    @Autowired
    DeterminationService determinations;
    @Autowired
    SystemRunner system;
    @Autowired
    SecurityManager securityManager;

    @Test
    void theSubjectReadsTheAdvanceNoticeAndTheOfficerSeesWhenAndRecordsThePaperDelivery() throws Exception {
        long subjectId = jdbc.queryForObject("SELECT s.id FROM credit_subject s WHERE s.kind = 'LEGAL_PERSON' AND "
                + "s.division_code LIKE '21%' AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id) "
                + "AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.subject_id = s.id) AND NOT EXISTS (SELECT 1 "
                + "FROM breach b WHERE b.subject_id = s.id) ORDER BY s.id DESC FETCH FIRST 1 ROWS ONLY", Long.class);
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE id = ?", String.class, subjectId);
        // One account per subject, so a database kept from an earlier run does not already hold it.
        String username = "papers-subject-" + subjectId;
        system.run(() -> accounts.create(new NewUser(username, username, ActorKind.APPLICANT, null,
                null, subjectId, Set.of(Roles.APPLICANT), SignIn.DEMO_PASSWORD.toCharArray())));
        Breach breach = new SignIn(securityManager).call("creditofficer", () -> {
            Breach raised = breaches.enter(new NewBreach(uscc, "拒不履行行政处罚决定"));
            return determinations.startDetermination(raised.id(), new LegalDocument(
                    LegalBasisType.ADMINISTRATIVE_PENALTY, "大市监罚〔2026〕" + raised.id() + "号", "大连市市场监督管理局",
                    LocalDate.now(ZONE).minusDays(5), BreachTier.GENERAL),
                    new Upload("处罚决定书.pdf", "application/pdf", "%PDF-1.4 处罚".getBytes(StandardCharsets.UTF_8)));
        });
        long paperId = jdbc.queryForObject("SELECT id FROM legal_document WHERE case_type = 'BREACH' AND case_id = ? "
                + "AND doc_type = 'BREACH_ADVANCE_NOTICE'", Long.class, breach.id());
        String number = jdbc.queryForObject("SELECT doc_number FROM legal_document WHERE id = ?", String.class,
                paperId);

        try (BrowserSession subject = BrowserSession.signedIn(port, username)) {
            subject.open("/my-notices");
            WebElement paper = subject.await(By.id("notice-paper-" + paperId));
            assertThat(paper.getText()).contains("失信行为告知书", number);
            assertThat(subject.driver().findElement(By.id("notice-paper-open-" + paperId)).getAttribute("href"))
                    .endsWith("/documents/" + paperId);
            String download = subject.driver().findElement(By.id("notice-paper-download-" + paperId))
                    .getAttribute("href");
            Object head = subject.asyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(String.fromCharCode("
                    + "...new Uint8Array(b).slice(0, 5))));", download);
            assertThat(head).isEqualTo("%PDF-");
            assertThat(subject.driver().findElement(By.id("notice-status")).getText()).contains("陈述申辩期");
            subject.open("/notifications");
            subject.awaitText(By.id("notifications"), number);
            assertThat(subject.driver().findElement(By.id("notifications")).getText()).as("no raw message keys")
                    .contains("失信行为告知书").doesNotContain("!notice", "!breach", "{");
        }
        Timestamp openedAt = jdbc.queryForObject("SELECT opened_at FROM legal_document WHERE id = ?", Timestamp.class,
                paperId);
        assertThat(openedAt).as("downloading it by its addressee delivered it").isNotNull();

        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/breaches/" + breach.id());
            officer.awaitText(By.id("notice-opened-at"), SHOWN.format(openedAt.toInstant()));
            assertThat(officer.driver().findElement(By.id("notice-number")).getText()).isEqualTo(number);
            assertThat(officer.driver().findElement(By.id("paper-state-" + paperId)).getText()).contains("网上查阅");
            WebElement print = officer.driver().findElement(By.id("paper-print-" + paperId));
            assertThat(print.getAttribute("target")).isEqualTo("_blank");
            assertThat(officer.driver().findElement(By.id("paper-download-" + paperId)).getAttribute("download"))
                    .isNotNull();
            officer.click(By.id("paper-deliver-" + paperId));
            officer.attach("receipt-file", "送达回证.pdf");
            officer.click(By.id("receipt-save"));
            officer.awaitText(By.id("paper-state-" + paperId), "纸质送达");
            officer.await(By.id("paper-receipt-" + paperId));
            officer.screenshot("breach-papers-delivery");
        }
        assertThat(jdbc.queryForObject("SELECT handed_over_by FROM legal_document WHERE id = ?", String.class,
                paperId)).isEqualTo("creditofficer");
    }
}
