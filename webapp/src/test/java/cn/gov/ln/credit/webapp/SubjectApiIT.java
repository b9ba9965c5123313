package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The credit file API for department systems: HTTP Basic, JSON in and out, errors that name the field. */
@WebIntegrationTest
class SubjectApiIT {

    static final String API_CLIENT = RawHttp.basic("api-market", "Demo@2026");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void departmentSystemsReadACreditFile() {
        RawHttp.Response response = http.get("/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC, API_CLIENT);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body()).contains("\"name\":\"沈阳辽信科技有限公司\"").contains("\"kind\":\"LEGAL_PERSON\"")
                .contains("\"grades\":[{");
        assertThat(response.cookie("CREDIT_SESSION")).as("API calls create no session").isNull();
    }

    @Test
    void departmentSystemsReadAnOrganisationsEvaluationWithItsFactors() {
        RawHttp.Response response = http.get("/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC + "/evaluation",
                API_CLIENT);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).containsPattern("\"grade\":\"[ABCD]\"").contains("\"score\":")
                .contains("\"evaluatedOn\":\"").contains("\"modelVersion\":\"CreditEvaluation:")
                .contains("{\"name\":\"seriousListings\",\"label\":\"严重失信主体名单在列条数\",\"value\":");
        RawHttp.Response person = http.get("/api/v1/subjects/" + DemoInstallation.CITIZEN_ID + "/evaluation",
                API_CLIENT);
        assertThat(person.status()).isEqualTo(409);
        assertThat(person.body()).contains("自然人不参加公共信用综合评价");
    }

    /** The evaluation API has the credit file API's scope: any organisation in the province, API systems only. */
    @Test
    void theEvaluationApiIsScopedLikeTheCreditFileApi() {
        String elsewhere = jdbc.queryForObject("SELECT MIN(uscc) FROM credit_subject WHERE kind <> 'NATURAL_PERSON' "
                + "AND uscc IS NOT NULL AND division_code NOT LIKE '2101%'", String.class);
        RawHttp.Response file = http.get("/api/v1/subjects/" + elsewhere, API_CLIENT);
        RawHttp.Response evaluation = http.get("/api/v1/subjects/" + elsewhere + "/evaluation", API_CLIENT);
        assertThat(evaluation.status()).isEqualTo(file.status()).isEqualTo(200);
        for (String account : new String[] {"intake", "creditofficer"}) {
            RawHttp.Response refused = http.get("/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC
                    + "/evaluation", RawHttp.basic(account, "Demo@2026"));
            assertThat(refused.status()).as(account).isEqualTo(http.get("/api/v1/subjects/"
                    + DemoInstallation.APPLICANT_USCC, RawHttp.basic(account, "Demo@2026")).status()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("\"grade\"");
        }
        assertThat(http.get("/v3/api-docs").body()).contains("Scope: any organisation in the province");
    }

    @Test
    void aNaturalPersonsIdIsMaskedInTheAnswer() {
        RawHttp.Response response = http.get("/api/v1/subjects/" + DemoInstallation.CITIZEN_ID, API_CLIENT);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(DemoInstallation.CITIZEN_ID).contains("\"identifierMasked\":true");
    }

    @Test
    void unknownSubjectsAnswer404InChineseOrEnglishAndMalformedIdentifiers400() {
        String unknown = "91210102MA0XXXXXX" + cn.gov.ln.credit.identifier.Uscc.checkCharacter("91210102MA0XXXXXX");
        RawHttp.Response chinese = http.get("/api/v1/subjects/" + unknown, API_CLIENT);
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.body()).contains("\"error\":\"not_found\"").contains("未找到");
        RawHttp.Response english = http.get("/api/v1/subjects/" + unknown, API_CLIENT, "Accept-Language: en");
        assertThat(english.body()).contains("Not found");
        RawHttp.Response malformed = http.get("/api/v1/subjects/91210102MA0XXXXXX0", API_CLIENT);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"identifier\"").contains("校验位");
    }

    @Test
    void badCredentialsAnswer401WithAJsonBody() {
        RawHttp.Response response = http.get("/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC,
                RawHttp.basic("api-market", "wrong"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void officersWithoutTheApiPermissionAreRefused() {
        RawHttp.Response response = http.get("/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC,
                RawHttp.basic("intake", "Demo@2026"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("沈阳辽信");
    }
}
