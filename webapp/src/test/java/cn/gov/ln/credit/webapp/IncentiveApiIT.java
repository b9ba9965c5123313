package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.redlist.RedListDetermination;
import cn.gov.ln.credit.redlist.RedListService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The joint incentive API for department systems over real HTTP: a red list determination reaches the provincial
 * market regulator's system; it responds and reports through the fields of the forms, idempotently, bad input
 * refused naming the field; a department not asked sees nothing and cannot act.
 */
@WebIntegrationTest
class IncentiveApiIT {

    static final String MARKET = RawHttp.basic("api-market", SignIn.DEMO_PASSWORD);
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
    @Autowired
    RedListService redList;
    @Autowired
    SecurityManager securityManager;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void aDepartmentSystemRespondsAndReportsOnItsPartAndRetriesAreHarmless() throws Exception {
        long id = redListed();
        JsonNode mine = mine(id, "open");
        assertThat(mine).as("the open case reaches the market regulator").isNotNull();
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

        String response = "{\"outcome\": \"APPLIED\", \"appliedMeasures\": \"已在双随机抽查中降低抽查比例\"}";
        RawHttp.Response first = post(id, "response", response, MARKET);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("status").asText()).isEqualTo("RESPONDED");
        assertThat(post(id, "response", response, MARKET).status()).as("a retry").isEqualTo(200);
        assertThat(post(id, "response", "{\"outcome\": \"NOT_APPLIED\", \"note\": \"改\"}", MARKET).status())
                .isEqualTo(409);

        RawHttp.Response badFeedback = post(id, "feedback", "{\"result\": \"已减少抽查\"}", MARKET);
        assertThat(badFeedback.status()).isEqualTo(400);
        assertThat(badFeedback.body()).contains("fields.timesApplied");
        String feedback = "{\"result\": \"本年度抽查比例由 10% 降为 3%\", \"timesApplied\": 1}";
        RawHttp.Response reported = post(id, "feedback", feedback, MARKET);
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(JSON.readTree(reported.body()).get("status").asText()).isEqualTo("REPORTED");
        assertThat(JSON.readTree(reported.body()).get("timesApplied").asInt()).isEqualTo(1);
        assertThat(post(id, "feedback", feedback, MARKET).status()).as("a retry").isEqualTo(200);
        assertThat(status(id, "210000-MARKET_REGULATION")).isEqualTo("REPORTED");
        assertThat(mine(id, "open")).as("no longer open for it").isNull();
        assertThat(mine(id, "all")).isNotNull();
        assertThat(http.get("/api/v1/incentive-cases?status=sometimes", MARKET).status()).isEqualTo(400);
    }

    @Test
    void aDepartmentNotAskedSeesNothingAndCannotAct() throws Exception {
        long id = redListed();
        long city = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        if (!accounts.exists("api-sy-market")) {
            system.run(() -> accounts.create(new NewUser("api-sy-market", "沈阳市市场监管局业务系统", ActorKind.API_CLIENT,
                    city, null, null, Set.of(Roles.API_CLIENT), SignIn.DEMO_PASSWORD.toCharArray())));
        }
        String outsider = RawHttp.basic("api-sy-market", SignIn.DEMO_PASSWORD);
        JsonNode cases = JSON.readTree(http.get("/api/v1/incentive-cases?status=all", outsider).body());
        assertThat(cases.findValuesAsText("id")).doesNotContain(String.valueOf(id));
        RawHttp.Response act = post(id, "response", "{\"outcome\": \"APPLIED\", \"appliedMeasures\": \"x\"}",
                outsider);
        assertThat(act.status()).isEqualTo(404);
        assertThat(act.body()).doesNotContain("守合同");
        assertThat(status(id, "210000-MARKET_REGULATION")).isEqualTo("PENDING");
    }

    /** A fresh organisation put on the red list by the provincial credit officer: the id of its incentive case. */
    private long redListed() {
        String uscc = jdbc.queryForObject("SELECT s.uscc FROM credit_subject s WHERE s.kind = 'LEGAL_PERSON' AND "
                + "s.division_code LIKE '2102%' AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id) "
                + "AND NOT EXISTS (SELECT 1 FROM breach b WHERE b.subject_id = s.id) ORDER BY s.id "
                + "FETCH FIRST 1 ROWS ONLY", String.class);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ListEntry entry = new SignIn(securityManager).call("creditofficer", () -> redList.determine(
                new RedListDetermination(uscc, LegalBasisType.COMMENDATION, "辽市监发〔2026〕" + uscc.substring(10)
                        + "号", "辽宁省市场监督管理局", today.minusDays(3), "守合同重信用企业", today, today.plusYears(2),
                        today.plusYears(1))));
        return jdbc.queryForObject("SELECT id FROM incentive_case WHERE list_entry_id = ?", Long.class, entry.id());
    }

    private JsonNode mine(long caseId, String status) throws Exception {
        for (JsonNode c : JSON.readTree(http.get("/api/v1/incentive-cases?status=" + status + "&size=200", MARKET)
                .body())) {
            if (c.get("id").asLong() == caseId) {
                return c;
            }
        }
        return null;
    }

    private String status(long caseId, String departmentCode) {
        return jdbc.queryForObject("SELECT r.status FROM incentive_response r JOIN department d ON d.id = "
                + "r.department_id WHERE r.case_id = ? AND d.code = ?", String.class, caseId, departmentCode);
    }

    private RawHttp.Response post(long caseId, String step, String body, String credentials) {
        return http.send("POST", "/api/v1/incentive-cases/" + caseId + "/" + step, "application/json", body,
                credentials);
    }
}
