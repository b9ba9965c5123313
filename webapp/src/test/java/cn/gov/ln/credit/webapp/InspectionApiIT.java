package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.inspection.InspectionPlan;
import cn.gov.ln.credit.inspection.InspectionPlans;
import cn.gov.ln.credit.inspection.NewInspectionPlan;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The random inspection API for department systems over real HTTP: the provincial market regulator's system lists
 * the tasks its plan drew and records a result, idempotently; another department's system sees none of them and
 * cannot act on them.
 */
@WebIntegrationTest
class InspectionApiIT {

    static final String MARKET = RawHttp.basic("api-market", "Demo@2026");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    InspectionPlans plans;
    @Autowired
    SystemRunner system;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    Clock clock;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void aDepartmentSystemRecordsItsTasksResultOnceAndAnotherDepartmentCannot() throws Exception {
        long market = departments.findByCode("210000-MARKET_REGULATION").orElseThrow().id();
        account("liaison-pmkt", Roles.DEPARTMENT_LIAISON, market, null);
        List<String> divisions = List.of("210102", "210202", "210302", "210402");
        for (int i = 0; i < divisions.size(); i++) {
            account("insp-pmkt-" + i, Roles.VERIFICATION_OFFICER, market, divisions.get(i));
        }
        SignIn signIn = new SignIn(securityManager);
        LocalDate today = LocalDate.now(clock);
        InspectionPlan plan = signIn.call("liaison-pmkt", () -> plans.create(new NewInspectionPlan(
                "葫芦岛市食品经营者双随机抽查", "食品经营许可事项", today, today.plusDays(30), List.of("211400"), true, 2)));
        signIn.run("liaison-pmkt", () -> plans.draw(plan.id()));

        JsonNode open = JSON.readTree(http.get("/api/v1/inspection-tasks?size=200", MARKET).body());
        JsonNode task = null;
        for (JsonNode t : open) {
            if (t.get("planNo").asText().equals(plan.planNo())) {
                task = t;
                break;
            }
        }
        assertThat(task).as(open.toString()).isNotNull();
        long id = task.get("id").asLong();
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(task.get("inspectors")).hasSize(2);

        RawHttp.Response bad = post(id, "{\"result\": \"MAYBE\", \"inspectedOn\": \"" + today + "\"}", MARKET);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("violations").findValuesAsText("field")).contains("result");
        RawHttp.Response noFindings = post(id, "{\"result\": \"PROBLEMS_CORRECTED\", \"inspectedOn\": \"" + today
                + "\"}", MARKET);
        assertThat(noFindings.status()).isEqualTo(400);
        assertThat(noFindings.body()).contains("findings");

        String body = "{\"result\": \"NO_PROBLEM\", \"findings\": \"证照齐全，经营规范\", \"inspectedOn\": \"" + today
                + "\"}";
        RawHttp.Response first = post(id, body, MARKET);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode recorded = JSON.readTree(first.body());
        assertThat(recorded.get("status").asText()).isEqualTo("DONE");
        assertThat(recorded.get("published").asBoolean()).isTrue();
        assertThat(recorded.get("publishDueOn").asText()).isNotBlank();
        RawHttp.Response again = post(id, body, MARKET);
        assertThat(again.status()).as("a retry").isEqualTo(200);
        assertThat(JSON.readTree(again.body())).isEqualTo(recorded);
        assertThat(post(id, body.replace("NO_PROBLEM", "BREACH"), MARKET).status()).isEqualTo(409);
        assertThat(JSON.readTree(http.get("/api/v1/inspection-tasks?size=200", MARKET).body())
                .findValuesAsText("id")).doesNotContain(String.valueOf(id));
        assertThat(JSON.readTree(http.get("/api/v1/inspection-tasks?status=all&size=200", MARKET).body())
                .findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(http.get("/api/v1/inspection-tasks?status=sometimes", MARKET).status()).isEqualTo(400);

        long city = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        account("api-sy-market", Roles.API_CLIENT, city, null);
        String outsider = RawHttp.basic("api-sy-market", "Demo@2026");
        assertThat(JSON.readTree(http.get("/api/v1/inspection-tasks?status=all&size=200", outsider).body())
                .findValuesAsText("id")).doesNotContain(String.valueOf(id));
        RawHttp.Response refused = post(id, body, outsider);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("证照齐全");
    }

    private void account(String username, String role, long departmentId, String division) {
        if (!accounts.exists(username)) {
            ActorKind kind = Roles.API_CLIENT.equals(role) ? ActorKind.API_CLIENT : ActorKind.STAFF;
            system.run(() -> accounts.create(new NewUser(username, "测试" + username, kind, departmentId, division,
                    null, Set.of(role), "Demo@2026".toCharArray())));
        }
    }

    private RawHttp.Response post(long id, String body, String credentials) throws Exception {
        return http.send("POST", "/api/v1/inspection-tasks/" + id + "/result", "application/json", body, credentials);
    }
}
