package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.demo.DemoInstallation;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Special credit reports for department systems, over real HTTP with HTTP Basic: an organisation's report as JSON
 * (number, code, the address of its PDF) or as the PDF itself, never a natural person's; the PDF for its requester
 * only; and the public verification of a report by number and code, which answers a wrong code and an unknown
 * number alike.
 */
@WebIntegrationTest
class CreditReportApiIT {

    static final String MARKET = RawHttp.basic("api-market", "Demo@2026");
    static final String REPORT = "/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC + "/credit-report";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SystemRunner system;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void aDepartmentSystemGetsAnOrganisationsReportAsJsonAndAsPdf() throws Exception {
        RawHttp.Response issued = http.get(REPORT + "?reason=%E6%8B%9B%E6%A0%87%E8%B5%84%E6%A0%BC%E5%AE%A1%E6%9F%A5",
                MARKET, "Accept: application/json");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.header("Content-Type")).startsWith("application/json");
        JsonNode report = JSON.readTree(issued.body());
        assertThat(report.get("number").asText()).contains("信报");
        assertThat(report.get("verificationCode").asText()).hasSize(12);
        assertThat(report.get("issuedAt").asText()).isNotBlank();
        String pdfAddress = report.get("pdf").asText();
        assertThat(pdfAddress).startsWith("http").contains("/api/v1/documents/").endsWith("/content");

        RawHttp.Response pdf = http.get(URI.create(pdfAddress).getPath(), MARKET);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment").contains(".pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
        anotherSystem();
        RawHttp.Response stranger = http.get(URI.create(pdfAddress).getPath(), RawHttp.basic("api-tax", "Demo@2026"),
                "Accept: application/pdf");
        assertThat(stranger.status()).as("a report is read by its requester, not by every department system")
                .isEqualTo(404);
        assertThat(stranger.header("Content-Type")).as("a refusal is explained in JSON").startsWith("application/json");
        assertThat(stranger.body()).contains("\"error\":\"not_found\"");
        assertThat(http.get(URI.create(pdfAddress).getPath()).status()).isEqualTo(401);

        RawHttp.Response direct = http.get(REPORT, MARKET, "Accept: application/pdf");
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.header("Content-Type")).startsWith("application/pdf");
        assertThat(direct.header("Content-Disposition")).matches("attachment; filename=\"[ -~]+\\.pdf\"");
        assertThat(direct.body()).startsWith("%PDF-");
        assertThat(http.get(REPORT, MARKET).header("Content-Type")).as("JSON unless the PDF is asked for")
                .startsWith("application/json");
    }

    @Test
    void aNaturalPersonsReportIsNeverGivenToADepartmentSystem() {
        String person = "/api/v1/subjects/" + DemoInstallation.CITIZEN_ID + "/credit-report?reason=x";
        RawHttp.Response json = http.get(person, MARKET, "Accept: application/json");
        assertThat(json.status()).isEqualTo(403);
        assertThat(json.body()).contains("\"error\":\"forbidden\"").doesNotContain("张明");
        RawHttp.Response pdf = http.get(person, MARKET, "Accept: application/pdf");
        assertThat(pdf.status()).isEqualTo(403);
        assertThat(pdf.body()).contains("\"error\":\"forbidden\"").doesNotContain("%PDF");
    }

    @Test
    void anyoneVerifiesAReportByNumberAndCodeAndAWrongCodeLooksLikeAnUnknownNumber() throws Exception {
        JsonNode report = JSON.readTree(http.get(REPORT, MARKET, "Accept: application/json").body());
        String number = URLEncoder.encode(report.get("number").asText(), StandardCharsets.UTF_8);
        String code = report.get("verificationCode").asText();

        RawHttp.Response valid = http.get("/api/v1/documents/verification?number=" + number + "&code=" + code);
        assertThat(valid.status()).as("public, no credentials").isEqualTo(200);
        JsonNode answer = JSON.readTree(valid.body());
        assertThat(answer.get("outcome").asText()).isEqualTo("VALID");
        assertThat(answer.get("number").asText()).isEqualTo(report.get("number").asText());
        assertThat(answer.get("title").asText()).isEqualTo("专项信用报告");
        assertThat(answer.get("recipient").asText()).isEqualTo("沈阳辽信科技有限公司");
        assertThat(answer.get("issuer").asText()).isNotBlank();
        assertThat(answer.get("issuedAt").asText()).isNotBlank();
        assertThat(valid.cookie("CREDIT_SESSION")).isNull();
        RawHttp.Response byPath = http.get("/api/v1/documents/" + number + "/verification?code=" + code);
        assertThat(byPath.status()).isEqualTo(200);
        assertThat(byPath.body()).isEqualTo(valid.body());

        String wrong = code.startsWith("2") ? "3" + code.substring(1) : "2" + code.substring(1);
        RawHttp.Response wrongCode = http.get("/api/v1/documents/verification?number=" + number + "&code=" + wrong);
        RawHttp.Response unknown = http.get("/api/v1/documents/verification?number="
                + URLEncoder.encode("省发展改革委信报〔1999〕1号", StandardCharsets.UTF_8) + "&code=" + code);
        assertThat(wrongCode.status()).isEqualTo(200);
        assertThat(JSON.readTree(wrongCode.body()).get("outcome").asText()).isEqualTo("NOT_VERIFIED");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body()).isEqualTo(wrongCode.body());
        assertThat(http.get("/api/v1/documents/" + number + "/verification?code=" + wrong).body())
                .isEqualTo(wrongCode.body());
    }

    private void anotherSystem() {
        system.run(() -> {
            if (!accounts.exists("api-tax")) {
                accounts.create(new NewUser("api-tax", "省税务局业务系统", ActorKind.API_CLIENT,
                        departments.findByCode("210000-TAXATION").orElseThrow().id(), null, null,
                        Set.of(Roles.API_CLIENT), "Demo@2026".toCharArray()));
            }
        });
    }
}
