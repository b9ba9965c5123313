package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.testing.Materials;
import cn.gov.ln.testing.SignIn;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A permit decision as its applicant meets it: the notice names the decision and opens it, the applicant
 * downloads the sealed PDF, and a phone that scans its QR code is told it is valid; no notice shows a raw message
 * key, in either language. The subject takes its own credit report on a phone, and an administrator sets how a
 * department numbers its papers.
 */
@WebIntegrationTest
class PapersBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    MatterService matters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FilingService filings;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    SecurityManager securityManager;

    @Test
    void theApplicantDownloadsTheDecisionAndItsQrCodeVerifiesIt() throws Exception {
        SignIn signIn = new SignIn(securityManager);
        Filing filing = signIn.call("applicant", () -> filings.file(new NewFiling("LN-SCJG-001", null, false, null,
                null), Materials.required(matters, "LN-SCJG-001", false)));
        complete("intake", filing, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        complete("approver", filing, "Task_DecideFiling", Map.of("decision", "APPROVE", "reason", "材料齐全"));
        Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(200)).alias("the applicant is told")
                .until(() -> count("SELECT COUNT(*) FROM notification WHERE recipient = 'applicant' AND args LIKE ?",
                        "%" + filing.filingNo() + "%") > 0 && count("SELECT COUNT(*) FROM filing_event WHERE "
                        + "filing_id = ? AND event_type = 'APPLICANT_NOTIFIED'", filing.id()) > 0);
        Map<String, Object> decision = jdbc.queryForMap("SELECT id, doc_number, verification_code FROM "
                + "legal_document WHERE case_type = 'FILING' AND case_id = ? AND doc_type = 'PERMIT_GRANTED'",
                filing.id());
        String number = (String) decision.get("doc_number");

        String verifyAddress;
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.open("/notifications");
            applicant.awaitText(By.id("notifications"), "办理结果：" + filing.filingNo());
            String notices = applicant.driver().findElement(By.id("notifications")).getText();
            assertThat(notices).contains(number).doesNotContain("!notice", "!filing", "{");
            applicant.driver().findElements(By.cssSelector(".notification-card")).stream()
                    .filter(card -> card.getText().contains(number)).findFirst().orElseThrow().click();
            applicant.awaitUrlEnding("/documents/" + decision.get("id"));
            applicant.awaitText(By.id("document-number"), number);
            assertThat(applicant.driver().findElement(By.id("document-state")).getText()).isNotBlank();
            applicant.screenshot("paper-decision");
            String href = applicant.driver().findElement(By.id("document-download")).getAttribute("href");
            byte[] pdf = fetch(applicant, href);
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            verifyAddress = PaperQr.read(pdf);

            applicant.driver().findElement(By.cssSelector("vaadin-select.language-switch")).click();
            applicant.await(BrowserSession.selectItem("English")).click();
            applicant.awaitText(BrowserSession.SHELL, "Liaoning");
            applicant.open("/notifications");
            applicant.awaitText(By.id("notifications"), "Outcome: " + filing.filingNo());
            assertThat(applicant.driver().findElement(By.id("notifications")).getText())
                    .doesNotContain("!notice", "!filing", "{");
        }
        assertThat(jdbc.queryForObject("SELECT opened_at FROM legal_document WHERE id = ?", java.sql.Timestamp.class,
                decision.get("id"))).as("opening it as its addressee delivered it").isNotNull();

        assertThat(verifyAddress).startsWith("http://localhost:8080/public/verify?n=")
                .endsWith("&c=" + decision.get("verification_code"));
        URI scanned = URI.create(verifyAddress);
        try (BrowserSession phone = new BrowserSession(port)) {
            phone.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            phone.open(scanned.getRawPath() + "?" + scanned.getRawQuery());
            phone.until(Duration.ofSeconds(30), d -> !d.findElements(By.cssSelector(
                    "#verify-result[data-outcome='VALID']")).isEmpty());
            assertThat(phone.driver().findElement(By.id("verify-result")).getText()).contains(number,
                    "准予行政许可决定书", "沈阳市市场监督管理局");
            phone.screenshot("paper-verified-by-qr");
        }
    }

    @Test
    void theSubjectTakesItsOwnCreditReportOnAPhoneAndAnAdministratorSetsANumberPattern() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            applicant.open("/my-credit");
            applicant.click(By.id("report-issue"));
            applicant.awaitUrlMatching(".*/documents/\\d+$");
            applicant.awaitText(By.id("document-number"), "辽发改信报〔" + year + "〕");
            assertThat(applicant.driver().findElement(By.tagName("body")).getText()).contains("专项信用报告");
            Object overflow = applicant.script("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).isEqualTo(Boolean.FALSE);
            applicant.screenshot("phone-credit-report");
        }

        try (BrowserSession admin = BrowserSession.signedIn(port, "sysadmin")) {
            admin.open("/admin/departments");
            admin.await(By.cssSelector("#department-search input")).sendKeys("沈阳市市场监督管理局");
            admin.click(By.id("numbering-210100-MARKET_REGULATION"));
            admin.awaitValue(By.cssSelector("#numbering-pattern input"), "辽沈市监{series}〔{year}〕{seq}号");
            admin.choose("numbering-year", Integer.toString(year + 1));
            org.openqa.selenium.WebElement pattern = admin.driver()
                    .findElement(By.cssSelector("#numbering-pattern input"));
            pattern.clear();
            pattern.sendKeys("沈市监{series}〔{year}〕第{seq}号", org.openqa.selenium.Keys.TAB);
            admin.awaitText(By.id("numbering-example"), "沈市监许〔" + (year + 1) + "〕第1号");
            admin.click(By.id("numbering-save"));
            Waiting.upTo(Duration.ofSeconds(10), Duration.ofMillis(200)).alias("the pattern is stored").until(() ->
                    count("SELECT COUNT(*) FROM document_numbering WHERE valid_year = ? AND pattern = ?", year + 1,
                            "沈市监{series}〔{year}〕第{seq}号") == 1);
        }
    }

    private void complete(String username, Filing filing, String taskKey, Map<String, ?> values) {
        String sql = "SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
                + "WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = ?";
        Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(200)).alias(filing.filingNo() + " at " + taskKey)
                .until(() -> !jdbc.queryForList(sql, String.class, filing.filingNo(), taskKey).isEmpty());
        List<String> ids = jdbc.queryForList(sql, String.class, filing.filingNo(), taskKey);
        new SignIn(securityManager).run(username, () -> tasks.complete(ids.get(0), values));
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    /** The bytes behind a link, fetched by the browser with its own session. */
    static byte[] fetch(BrowserSession browser, String href) {
        Object base64 = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => { const u = new Uint8Array(b);"
                + "let s = ''; for (let i = 0; i < u.length; i++) { s += String.fromCharCode(u[i]); }"
                + "done(btoa(s)); });", href);
        return Base64.getDecoder().decode((String) base64);
    }
}
