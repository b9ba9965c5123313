package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The joint penalty and objection APIs for department systems over real HTTP: the demo listing's case reaches the
 * provincial market regulator's system when the job executor pushes it; the system responds and reports through
 * the fields of its forms, idempotently; a department not asked sees nothing and cannot act; an objection marks
 * the record disputed in every answer that shows it.
 */
@WebIntegrationTest
class PenaltyApiIT {

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
    void aDepartmentSystemRespondsAndReportsOnItsPartAndRetriesAreHarmless() throws Exception {
        JsonNode mine = demoCase(MARKET);
        long id = mine.get("id").asLong();
        assertThat(mine.get("status").asText()).isEqualTo("PENDING");
        assertThat(mine.get("measures")).isNotEmpty();
        assertThat(mine.get("measures").get(0).get("legalBasis").asText()).isNotBlank();

        RawHttp.Response refused = post(id, "response", "{\"outcome\": \"MAYBE\", \"secret\": 1}", MARKET);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("violations").findValuesAsText("field"))
                .contains("fields.outcome", "fields.secret");
        RawHttp.Response noReason = post(id, "response", "{\"outcome\": \"NOT_APPLIED\"}", MARKET);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("fields.note");
        assertThat(status(id, "210000-MARKET_REGULATION")).isEqualTo("PENDING");

        String response = "{\"outcome\": \"APPLIED\", \"appliedMeasures\": \"已在市场主体登记系统中限制其担任法定代表人\"}";
        RawHttp.Response first = post(id, "response", response, MARKET);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("status").asText()).isEqualTo("RESPONDED");
        assertThat(post(id, "response", response, MARKET).status()).as("a retry").isEqualTo(200);
        assertThat(post(id, "response", "{\"outcome\": \"NOT_APPLIED\", \"note\": \"改\"}", MARKET).status())
                .isEqualTo(409);

        RawHttp.Response reported = post(id, "feedback", "{\"result\": \"已拦截 1 次变更登记\", \"timesApplied\": 1}",
                MARKET);
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(JSON.readTree(reported.body()).get("status").asText()).isEqualTo("REPORTED");
        assertThat(status(id, "210000-MARKET_REGULATION")).isEqualTo("REPORTED");
        JsonNode open = JSON.readTree(http.get("/api/v1/penalty-cases", MARKET).body());
        assertThat(open.findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(http.get("/api/v1/penalty-cases?status=sometimes", MARKET).status()).isEqualTo(400);
    }

    @Test
    void aDepartmentNotAskedSeesNothingAndCannotAct() throws Exception {
        long id = demoCase(MARKET).get("id").asLong();
        long city = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        if (!accounts.exists("api-sy-market")) {
            system.run(() -> accounts.create(new NewUser("api-sy-market", "沈阳市市场监管局业务系统", ActorKind.API_CLIENT,
                    city, null, null, Set.of(Roles.API_CLIENT), "Demo@2026".toCharArray())));
        }
        String outsider = RawHttp.basic("api-sy-market", "Demo@2026");
        JsonNode cases = JSON.readTree(http.get("/api/v1/penalty-cases?status=all", outsider).body());
        assertThat(cases.findValuesAsText("id")).doesNotContain(String.valueOf(id));
        RawHttp.Response act = post(id, "response", "{\"outcome\": \"APPLIED\", \"appliedMeasures\": \"x\"}", outsider);
        assertThat(act.status()).isEqualTo(404);
        assertThat(act.body()).doesNotContain("限制");
    }

    @Test
    void anObjectionFiledByADepartmentSystemMarksTheRecordDisputed() throws Exception {
        JsonNode demo = demoCase(MARKET);
        long entry = jdbc.queryForObject("SELECT list_entry_id FROM penalty_case WHERE id = ?", Long.class,
                demo.get("id").asLong());
        String uscc = jdbc.queryForObject("SELECT s.uscc FROM list_entry e JOIN credit_subject s ON s.id = "
                + "e.subject_id WHERE e.id = ?", String.class, entry);
        RawHttp.Response bad = http.send("POST", "/api/v1/objections", "application/json",
                "{\"subjectIdentifier\": \"" + uscc + "\", \"recordType\": \"NOTHING\", \"recordId\": " + entry
                        + ", \"ground\": \"ERROR\"}", MARKET);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("violations").findValuesAsText("field")).contains("recordType");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE record_id = ?", Long.class, entry))
                .isZero();

        String body = "{\"subjectIdentifier\": \"" + uscc + "\", \"recordType\": \"LIST_ENTRY\", \"recordId\": "
                + entry + ", \"ground\": \"SOURCE_MISMATCH\", \"description\": \"当事人称已履行\", "
                + "\"externalReference\": \"SCJG-YY-0001\"}";
        RawHttp.Response raised = http.send("POST", "/api/v1/objections", "application/json", body, MARKET);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode objection = JSON.readTree(raised.body());
        assertThat(objection.get("status").asText()).isEqualTo("PENDING");
        RawHttp.Response again = http.send("POST", "/api/v1/objections", "application/json", body, MARKET);
        assertThat(again.status()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("id").asLong()).isEqualTo(objection.get("id").asLong());
        RawHttp.Response other = http.send("POST", "/api/v1/objections", "application/json",
                body.replace("SOURCE_MISMATCH", "ERROR").replace("当事人称已履行", "另一理由"), MARKET);
        assertThat(other.status()).as("the same reference asking something else").isEqualTo(409);
        assertThat(JSON.readTree(other.body()).path("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("ground", "description");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM objection WHERE record_id = ?", Long.class, entry))
                .isEqualTo(1);

        JsonNode file = JSON.readTree(http.get("/api/v1/subjects/" + uscc, MARKET).body());
        assertThat(file.findValues("disputed")).extracting(JsonNode::asBoolean).contains(true);
        JsonNode check = JSON.readTree(http.get("/api/v1/subjects/" + uscc + "/credit-check", MARKET).body());
        assertThat(check.toString()).contains("\"disputed\":true");
    }

    /** The demo listing's case as the caller's department sees it, once the job executor has pushed it. */
    private JsonNode demoCase(String credentials) {
        return Waiting.upTo(Duration.ofSeconds(60), Duration.ofMillis(300))
                .alias("the demo penalty case reaches the department")
                .until(() -> demoCaseIfThere(credentials), Objects::nonNull);
    }

    private JsonNode demoCaseIfThere(String credentials) throws Exception {
        JsonNode cases = JSON.readTree(http.get("/api/v1/penalty-cases?status=all", credentials).body());
        for (JsonNode c : cases) {
            if (c.get("listingReason").asText().contains("拒不履行生效判决")) {
                return c;
            }
        }
        return null;
    }

    private String status(long caseId, String departmentCode) {
        return jdbc.queryForObject("SELECT r.status FROM penalty_response r JOIN department d ON d.id = "
                + "r.department_id WHERE r.case_id = ? AND d.code = ?", String.class, caseId, departmentCode);
    }

    private RawHttp.Response post(long caseId, String step, String body, String credentials) {
        return http.send("POST", "/api/v1/penalty-cases/" + caseId + "/" + step, "application/json", body,
                credentials);
    }
}
