package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.legaldocument.DocumentDraft;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.VerificationAddress;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeLetter;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Verification as people meet it, on a phone (390 px): a pledge letter carries its short code and a QR code of the
 * verification address, and that address answers "authentic"; a paper (文书) opens for its addressee with its
 * number, code and state, and verifies as valid and, once revoked, as revoked; a wrong code answers "not verified,
 * check what you typed", the same as a number that does not exist, and never calls the paper forged.
 */
@WebIntegrationTest
class PaperVerificationBrowserIT {

    static final int PHONE_WIDTH = 390;
    static final String FORGED = "伪造";
    static final String NOT_VERIFIED = "未能核验";

    @LocalServerPort
    int port;
    @Autowired
    PledgeService pledges;
    @Autowired
    PledgeLetter letters;
    @Autowired
    VerificationAddress address;
    @Autowired
    LegalDocuments documents;
    @Autowired
    SystemRunner system;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPledgeLetterVerifiesThroughTheAddressItsQrCodeCarries() throws Exception {
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' "
                + "ORDER BY id DESC OFFSET 17 ROWS FETCH NEXT 1 ROWS ONLY", String.class);
        Pledge signed = new SignIn(securityManager).call("api-market", () -> pledges.sign(pledges.draft(new NewPledge(
                "INDUSTRY-SELF-DISCIPLINE", uscc, "申请入会时作出的承诺", Map.of("association", "辽宁省软件行业协会",
                        "industry", "建筑业"), Publicity.PUBLIC, null, null)).draftRef()));
        String code = signed.verificationCode();
        assertThat(code).hasSize(VerificationCodes.LENGTH);

        byte[] letter = get("/api/v1/pledges/" + signed.recordCode() + "/letter",
                RawHttp.basic("api-market", SignIn.DEMO_PASSWORD));
        assertThat(text(letter)).contains(signed.recordCode()).contains(VerificationCodes.grouped(code))
                .contains(signed.letterHash().substring(0, 8));
        String url = letters.verificationUrl(signed);
        assertThat(url).isEqualTo(address.of(signed.recordCode(), code)).startsWith(address.page() + "?");

        try (BrowserSession phone = phone()) {
            phone.open(pathAndQuery(url));
            assertThat(outcome(phone)).isEqualTo("AUTHENTIC");
            assertThat(phone.driver().findElement(By.id("verify-facts")).getText()).contains(signed.recordCode())
                    .contains(signed.pledgerName());
            fits(phone, "phone-verify-pledge");

            String wrong = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
            phone.open("/public/verify?n=" + signed.recordCode() + "&c=" + wrong);
            assertThat(outcome(phone)).isEqualTo("NOT_VERIFIED");
            String wrongAnswer = answer(phone);
            assertThat(wrongAnswer).contains(NOT_VERIFIED).doesNotContain(FORGED);
            fits(phone, "phone-verify-wrong-code");

            phone.open("/public/verify?n=21000020990101000001&c=" + code);
            assertThat(outcome(phone)).isEqualTo("NOT_VERIFIED");
            assertThat(answer(phone)).as("an unknown number answers as a wrong code").isEqualTo(wrongAnswer);

            phone.open("/public/verify?code=" + signed.recordCode() + "&hash=" + "0".repeat(64));
            assertThat(outcome(phone)).as("a mistyped hash of an older letter").isEqualTo("NOT_VERIFIED");
            assertThat(answer(phone)).isEqualTo(wrongAnswer).doesNotContain(FORGED);
        }
    }

    @Test
    void aPaperOpensForItsAddresseeOnAPhoneAndVerifiesUntilItIsRevoked() throws Exception {
        long subjectId = jdbc.queryForObject("SELECT subject_id FROM app_user WHERE username = 'applicant'",
                Long.class);
        long departmentId = jdbc.queryForObject("SELECT department_id FROM app_user WHERE username = 'intake'",
                Long.class);
        LegalDocument paper = system.call(() -> documents.issue(DocumentDraft.once(LegalDocumentType.PERMIT_GRANTED,
                990_001, "TEST-PAPER-0001", departmentId, subjectId, "沈阳辽信科技有限公司", false,
                Map.of("receivedDate", "2026年12月1日", "matterName", "食品经营许可", "pledgeCode", "",
                        "reason", "申请材料齐全，符合法定形式，经审查符合法定条件。"))));
        String grouped = VerificationCodes.grouped(paper.verificationCode());

        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            applicant.open("/documents/" + paper.id());
            applicant.awaitText(By.id("document-number"), paper.number());
            assertThat(applicant.driver().findElement(By.id("document-code")).getText()).isEqualTo(grouped);
            assertThat(applicant.driver().findElement(By.id("document-state")).getAttribute("data-state"))
                    .isEqualTo("VALID");
            assertThat(applicant.driver().findElements(By.id("document-revoke"))).as("no revoking for the addressee")
                    .isEmpty();
            fits(applicant, "phone-document");
            assertThat(jdbc.queryForObject("SELECT opened_by FROM legal_document WHERE id = ?", String.class,
                    paper.id())).as("opening it online delivered it").isEqualTo("applicant");

            String session = RawHttp.cookie(applicant.driver().manage().getCookieNamed("CREDIT_SESSION").getValue());
            WebElement download = applicant.driver().findElement(By.id("document-download"));
            assertThat(download.getAttribute("download")).isNotNull();
            HttpResponse<byte[]> file = fetch(local(download.getAttribute("href")), session);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(text(file.body())).contains(paper.number()).contains(grouped);
            WebElement print = applicant.driver().findElement(By.id("document-print"));
            assertThat(print.getAttribute("target")).isEqualTo("_blank");
            HttpResponse<byte[]> inline = fetch(local(print.getAttribute("href")), session);
            assertThat(inline.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/pdf"));
            assertThat(inline.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).startsWith("inline"));
            applicant.open(local(print.getAttribute("href")));
            applicant.until(Duration.ofSeconds(20), d -> "application/pdf".equals(applicant.script(
                    "return document.contentType")));
            applicant.screenshot("phone-document-print");
        }

        try (BrowserSession other = BrowserSession.signedIn(port, "citizen")) {
            other.open("/documents/" + paper.id());
            other.awaitText(By.cssSelector(".error-page h2"), "页面不存在");
            assertThat(other.driver().getPageSource()).doesNotContain(paper.number());
        }

        try (BrowserSession phone = phone()) {
            phone.open("/public/verify");
            phone.type("verify-number", paper.number().replace('〔', '[').replace('〕', ']'));
            phone.type("verify-code", grouped.toLowerCase());
            phone.click(By.id("verify-button"));
            assertThat(outcome(phone)).as("typed with the brackets a phone has, in lower case").isEqualTo("VALID");
            assertThat(phone.driver().findElement(By.id("verify-facts")).getText()).contains(paper.number())
                    .contains("准予行政许可决定书");
            fits(phone, "phone-verify-paper");

            String wrong = (grouped.charAt(0) == 'A' ? "B" : "A") + grouped.substring(1);
            phone.open(pathAndQuery(address.of(paper.number(), wrong.replace("-", ""))));
            assertThat(outcome(phone)).isEqualTo("NOT_VERIFIED");
            assertThat(answer(phone)).contains(NOT_VERIFIED).doesNotContain(FORGED).doesNotContain(paper.number());

            system.call(() -> documents.revoke(paper.id(), "决定书记载的经营场所有误"));
            phone.open(pathAndQuery(address.of(paper.number(), paper.verificationCode())));
            assertThat(outcome(phone)).isEqualTo("REVOKED");
            assertThat(answer(phone)).contains(paper.number());
        }

        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.open("/documents/" + paper.id());
            applicant.awaitText(By.id("document-number"), paper.number());
            assertThat(applicant.driver().findElement(By.id("document-state")).getAttribute("data-state"))
                    .isEqualTo("REVOKED");
            assertThat(applicant.driver().findElement(By.id("document-revocation")).getText())
                    .isEqualTo("决定书记载的经营场所有误");
        }
    }

    private BrowserSession phone() throws IOException {
        BrowserSession phone = new BrowserSession(port);
        phone.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        return phone;
    }

    /** The outcome the verification page answered, once it has. */
    private static String outcome(BrowserSession browser) {
        return browser.screenshotOnFailure("verify-no-answer", () -> browser.until(Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("#verify-result[data-outcome]")).stream().findFirst()
                        .map(result -> result.getAttribute("data-outcome")).orElse(null)));
    }

    private static String answer(BrowserSession browser) {
        return browser.driver().findElement(By.id("verify-result")).getText();
    }

    /** Nothing on the page runs wider than the phone's screen. */
    private static void fits(BrowserSession browser, String screenshot) throws IOException {
        browser.screenshot(screenshot);
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        Number view = (Number) browser.script("return window.innerWidth");
        assertThat(wide.intValue()).as(screenshot + " is no wider than the phone").isLessThanOrEqualTo(
                view.intValue());
    }

    /** The path and query of an address under {@code credit.public-url}, to open on this test's server. */
    private static String pathAndQuery(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static String local(String href) {
        return href.replaceFirst("^https?://[^/]+", "");
    }

    private byte[] get(String path, String header) throws Exception {
        HttpResponse<byte[]> response = fetch(path, header);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** A GET with one header line ("Name: value"), the body as bytes (a PDF is no text). */
    private HttpResponse<byte[]> fetch(String path, String header) throws Exception {
        int colon = header.indexOf(':');
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(header.substring(0, colon).strip(), header.substring(colon + 1).strip())
                .timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
