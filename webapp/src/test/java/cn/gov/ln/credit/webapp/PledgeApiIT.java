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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pledge API for department systems, over real HTTP with HTTP Basic. */
@WebIntegrationTest
class PledgeApiIT {

    static final String MARKET = RawHttp.basic("api-market", "Demo@2026");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
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
    void aDepartmentSystemDraftsSignsReadsAndVerifiesAPledge() throws Exception {
        String uscc = organisation(21);
        RawHttp.Response drafted = post("/api/v1/pledges", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", "subjectIdentifier": "%s", "reason": "申请入会时作出的承诺",
                 "fields": {"association": "辽宁省物流与采购联合会", "industry": "交通运输业"},
                 "publicity": "PUBLIC", "externalReference": "SCJG-API-0001"}""".formatted(uscc));
        assertThat(drafted.status()).isEqualTo(201);
        JsonNode draft = JSON.readTree(drafted.body());
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.has("recordCode")).isFalse();
        assertThat(drafted.header("Location")).endsWith(draft.get("draftRef").asText());

        RawHttp.Response signed = http.send("POST", "/api/v1/pledges/" + draft.get("draftRef").asText() + "/sign",
                null, null, MARKET);
        assertThat(signed.status()).isEqualTo(200);
        JsonNode pledge = JSON.readTree(signed.body());
        String code = pledge.get("recordCode").asText();
        String hash = pledge.get("letterHash").asText();
        assertThat(code).matches("\\d{20}");
        assertThat(pledge.get("content").asText()).contains("辽宁省物流与采购联合会");
        assertThat(pledge.get("acceptingUnitName").asText()).isEqualTo("辽宁省市场监督管理局");

        RawHttp.Response again = post("/api/v1/pledges", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", "subjectIdentifier": "%s", "reason": "申请入会时作出的承诺",
                 "fields": {"association": "辽宁省物流与采购联合会", "industry": "交通运输业"},
                 "publicity": "PUBLIC", "externalReference": "SCJG-API-0001"}""".formatted(uscc));
        assertThat(again.status()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("recordCode").asText()).as("a retry returns the same pledge")
                .isEqualTo(code);
        RawHttp.Response other = post("/api/v1/pledges", """
                {"templateCode": "INDUSTRY-SELF-DISCIPLINE", "subjectIdentifier": "%s", "reason": "重试",
                 "fields": {"association": "x", "industry": "建筑业"}, "publicity": "PUBLIC",
                 "externalReference": "SCJG-API-0001"}""".formatted(uscc));
        assertThat(other.status()).as("the same reference asking something else is not taken").isEqualTo(409);
        assertThat(JSON.readTree(other.body()).path("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("reason", "fields");

        assertThat(JSON.readTree(http.get("/api/v1/pledges/" + code, MARKET).body()).get("status").asText())
                .isEqualTo("SIGNED");
        assertThat(http.get("/api/v1/pledges?subject=" + uscc, MARKET).body()).contains(code);

        RawHttp.Response verification = http.get("/api/v1/pledges/" + code + "/verification?letterHash=" + hash);
        assertThat(verification.status()).as("public, no credentials").isEqualTo(200);
        assertThat(JSON.readTree(verification.body()).get("outcome").asText()).isEqualTo("AUTHENTIC");
        assertThat(JSON.readTree(verification.body()).get("current").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/pledges/" + code + "/verification?letterHash=abc").body())
                .contains("HASH_MISMATCH").doesNotContain(uscc);
        String verificationCode = jdbc.queryForObject("SELECT verification_code FROM pledge WHERE record_code = ?",
                String.class, code);
        JsonNode byCode = JSON.readTree(http.get("/api/v1/pledges/" + code + "/verification?verificationCode="
                + verificationCode.substring(0, 4).toLowerCase() + "-" + verificationCode.substring(4)).body());
        assertThat(byCode.get("outcome").asText()).isEqualTo("AUTHENTIC");
        assertThat(byCode.get("current").asBoolean()).isTrue();
        String wrongCode = (verificationCode.charAt(0) == 'A' ? "B" : "A") + verificationCode.substring(1);
        assertThat(http.get("/api/v1/pledges/" + code + "/verification?verificationCode=" + wrongCode).body())
                .contains("NOT_FOUND").doesNotContain(uscc);
        assertThat(http.get("/api/v1/pledges/" + code + "/verification").status()).as("a code or a hash")
                .isEqualTo(400);
        assertThat(http.get("/api/v1/pledges/" + code + "/verification?letterHash=" + hash + "&verificationCode="
                + verificationCode).status()).as("not both").isEqualTo(400);

        RawHttp.Response letter = http.get("/api/v1/pledges/" + code + "/letter", MARKET);
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.header("Content-Type")).startsWith("application/pdf");
        assertThat(letter.header("Content-Disposition")).contains("pledge-" + code + ".pdf");
        assertThat(letter.body()).startsWith("%PDF-");

        RawHttp.Response withdrawn = post("/api/v1/pledges/" + code + "/withdrawal", "{\"reason\": \"申请人撤回\"}");
        assertThat(JSON.readTree(withdrawn.body()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(JSON.readTree(http.get("/api/v1/pledges/" + code + "/verification?letterHash=" + hash).body())
                .get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void badInputAnswers400NamingEachFieldAndStoresNothing() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class);
        RawHttp.Response response = post("/api/v1/pledges", """
                {"templateCode": "FOOD-BUSINESS-IN-LIEU", "subjectIdentifier": "91210102MA0XXXXXX0",
                 "reason": "", "fields": {"floorArea": "很大", "contactPhone": "<script>"}, "publicity": "SECRET"}""");
        assertThat(response.status()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("validation");
        assertThat(body.get("violations").findValuesAsText("field")).contains("publicity");
        RawHttp.Response secondCheck = post("/api/v1/pledges", """
                {"templateCode": "FOOD-BUSINESS-IN-LIEU", "subjectIdentifier": "91210102MA0XXXXXX0",
                 "reason": "", "fields": {"floorArea": "很大", "contactPhone": "<script>"}, "publicity": "PUBLIC"}""");
        assertThat(JSON.readTree(secondCheck.body()).get("violations").findValuesAsText("field"))
                .contains("subjectIdentifier", "reason", "fields.floorArea", "fields.contactPhone",
                        "fields.businessAddress");
        assertThat(JSON.readTree(secondCheck.body()).get("violations").get(0).get("message").asText()).isNotBlank();
        RawHttp.Response malformed = post("/api/v1/pledges", "{\"templateCode\": ");
        assertThat(malformed.status()).isEqualTo(400);
        RawHttp.Response wrongType = post("/api/v1/pledges", "{\"templateCode\": [1, 2]}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).get("violations").get(0).get("field").asText())
                .isEqualTo("templateCode");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherDepartmentSeesNothingOfThePledgesAddressedToTheMarketRegulator() throws Exception {
        system.run(() -> {
            if (!accounts.exists("api-tax")) {
                accounts.create(new NewUser("api-tax", "省税务局业务系统", ActorKind.API_CLIENT,
                        departments.findByCode("210000-TAXATION").orElseThrow().id(), null, null,
                        Set.of(Roles.API_CLIENT), "Demo@2026".toCharArray()));
            }
        });
        String code = jdbc.queryForObject("SELECT record_code FROM pledge WHERE accepting_department_id = "
                + "(SELECT id FROM department WHERE code = '210000-MARKET_REGULATION') AND record_code IS NOT NULL "
                + "ORDER BY id FETCH FIRST 1 ROWS ONLY", String.class);
        String tax = RawHttp.basic("api-tax", "Demo@2026");
        RawHttp.Response read = http.get("/api/v1/pledges/" + code, tax);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain(code.substring(0, 14) + "\"");
        assertThat(http.get("/api/v1/pledges/" + code + "/letter", tax).status()).isEqualTo(404);
        assertThat(http.send("POST", "/api/v1/pledges/" + code + "/withdrawal", "application/json",
                "{\"reason\": \"x\"}", tax).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/pledges?subject=" + DemoInstallation.APPLICANT_USCC, tax).body())
                .isEqualTo("[]");
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        RawHttp.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());
        assertThat(openApi.get("paths").has("/api/v1/pledges")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/pledges/{code}/verification")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/subjects/{identifier}")).isTrue();
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/seal/certificate").body()).startsWith("-----BEGIN CERTIFICATE-----");
    }

    private RawHttp.Response post(String path, String json) {
        return http.send("POST", path, "application/json", json, MARKET);
    }

    private String organisation(int index) {
        return jdbc.queryForList("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' ORDER BY id OFFSET "
                + index + " ROWS FETCH NEXT 1 ROWS ONLY", String.class).get(0);
    }
}
