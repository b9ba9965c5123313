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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The filing API for department systems, over real HTTP, with the engine's job executor running. */
@WebIntegrationTest
class FilingApiIT {

    static final String MARKET = RawHttp.basic("api-market", "Demo@2026");
    static final String FOOD = "LN-SCJG-001";
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
    void aDepartmentSystemFilesAndReadsTheCreditCheckTheProcessRan() throws Exception {
        String uscc = subject("NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id)", 3);
        RawHttp.Response filed = post("""
                {"matterCode": "%s", "subjectIdentifier": "%s", "externalReference": "SCJG-FIL-0001"}"""
                .formatted(FOOD, uscc));
        assertThat(filed.status()).isEqualTo(201);
        JsonNode filing = JSON.readTree(filed.body());
        long id = filing.get("id").asLong();
        assertThat(filed.header("Location")).endsWith("/api/v1/filings/" + id);
        assertThat(filing.get("filingNo").asText()).matches("BJ\\d{16}");
        assertThat(filing.get("channel").asText()).isEqualTo("API");
        assertThat(filing.get("matterName").asText()).isEqualTo("食品经营许可");
        assertThat(filing.get("dueOn").asText()).isNotBlank();
        assertThat(filing.get("subjectIdentifier").asText()).isEqualTo(uscc);
        assertThat(filing.get("subjectName").asText()).isNotBlank();
        assertThat(filing.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(filing.get("creditChecks")).as("the check runs after the filing commits").isEmpty();

        JsonNode checked = awaitCheck(id);
        JsonNode check = checked.get("creditChecks").get(0);
        assertThat(check.get("purpose").asText()).isEqualTo("INTAKE");
        assertThat(check.get("identifier").asText()).isEqualTo(uscc);
        assertThat(check.get("grade").asText()).isNotBlank();
        assertThat(check.get("filingId").asLong()).isEqualTo(id);
        assertThat(checked.get("route").asText()).as("the routing decision follows the check").isNotBlank();

        RawHttp.Response retried = post("""
                {"matterCode": "%s", "subjectIdentifier": "%s", "externalReference": "SCJG-FIL-0001"}"""
                .formatted(FOOD, uscc));
        assertThat(retried.status()).as("a retry stores nothing new").isEqualTo(200);
        JsonNode again = JSON.readTree(retried.body());
        assertThat(again.get("id").asLong()).as("a retry returns the same filing").isEqualTo(id);
        assertThat(again.get("creditChecks")).as("as it is now, with its check").hasSize(1);
        assertThat(again.get("route").asText()).isEqualTo(checked.get("route").asText());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing WHERE external_reference = 'SCJG-FIL-0001'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void theSameReferenceAskingSomethingElseIsAConflictNamingTheFieldsEvenInParallel() throws Exception {
        String first = subject("NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id)", 5);
        String second = subject("NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id)", 6);
        String body = """
                {"matterCode": "%s", "subjectIdentifier": "%s", "externalReference": "SCJG-FIL-DIFF"}""";
        assertThat(post(body.formatted(FOOD, first)).status()).isEqualTo(201);
        RawHttp.Response other = post("""
                {"matterCode": "%s", "subjectIdentifier": "%s", "inLieuRequested": true,
                 "externalReference": "SCJG-FIL-DIFF"}""".formatted(FOOD, second));
        assertThat(other.status()).isEqualTo(409);
        JsonNode conflict = JSON.readTree(other.body());
        assertThat(conflict.path("violations").findValuesAsText("field"))
                .containsExactlyInAnyOrder("subjectIdentifier", "inLieuRequested");
        assertThat(conflict.path("message").asText()).contains("subjectIdentifier");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RawHttp.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String subject = i % 2 == 0 ? first : second;
                calls.add(pool.submit((Callable<RawHttp.Response>) () -> post(body.formatted(FOOD, subject)
                        .replace("SCJG-FIL-DIFF", "SCJG-FIL-DIFF-RACE"))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<RawHttp.Response> call : calls) {
                statuses.add(call.get().status());
            }
            assertThat(statuses).as("the two asking what was stored get it; the two asking otherwise are refused")
                    .containsExactlyInAnyOrder(201, 200, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing WHERE external_reference LIKE 'SCJG-FIL-DIFF%'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void parallelRetriesOfOneReferenceMakeOneFiling() throws Exception {
        String uscc = subject("NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id)", 4);
        String body = """
                {"matterCode": "%s", "subjectIdentifier": "%s", "externalReference": "SCJG-FIL-RACE"}"""
                .formatted(FOOD, uscc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RawHttp.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit((Callable<RawHttp.Response>) () -> post(body)));
            }
            List<Long> ids = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<RawHttp.Response> call : calls) {
                RawHttp.Response response = call.get();
                statuses.add(response.status());
                ids.add(JSON.readTree(response.body()).get("id").asLong());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(statuses).as("one made it, the others were answered with it").containsExactlyInAnyOrder(201,
                    200, 200, 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing WHERE external_reference = 'SCJG-FIL-RACE'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void badInputAnswers400NamingEachFieldAndStartsNothing() throws Exception {
        long filingsBefore = count("filing");
        long processesBefore = filingProcesses();
        RawHttp.Response response = post("""
                {"matterCode": "LN-NO-SUCH", "subjectIdentifier": "91210102MA0XXXXXX0",
                 "externalReference": "%s"}""".formatted("R".repeat(65)));
        assertThat(response.status()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("validation");
        assertThat(body.get("violations").findValuesAsText("field"))
                .contains("matterCode", "subjectIdentifier", "externalReference");
        assertThat(body.get("violations").get(0).get("message").asText()).isNotBlank();

        RawHttp.Response otherLine = post("""
                {"matterCode": "LN-SW-001", "subjectIdentifier": "%s"}""".formatted(subject("1 = 1", 5)));
        assertThat(otherLine.status()).isEqualTo(400);
        assertThat(JSON.readTree(otherLine.body()).get("violations").get(0).get("field").asText())
                .isEqualTo("matterCode");

        RawHttp.Response inLieuWithoutPledge = post("""
                {"matterCode": "%s", "subjectIdentifier": "%s", "inLieuRequested": true}"""
                .formatted(FOOD, subject("1 = 1", 6)));
        assertThat(JSON.readTree(inLieuWithoutPledge.body()).get("violations").findValuesAsText("field"))
                .contains("pledgeCode");
        assertThat(post("{\"matterCode\": ").status()).isEqualTo(400);
        assertThat(count("filing")).isEqualTo(filingsBefore);
        assertThat(filingProcesses()).isEqualTo(processesBefore);
    }

    @Test
    void anotherDepartmentNeitherReadsTheFilingNorFilesForTheMatter() throws Exception {
        system.run(() -> {
            if (!accounts.exists("api-tax")) {
                accounts.create(new NewUser("api-tax", "省税务局业务系统", ActorKind.API_CLIENT,
                        departments.findByCode("210000-TAXATION").orElseThrow().id(), null, null,
                        Set.of(Roles.API_CLIENT), "Demo@2026".toCharArray()));
            }
        });
        String uscc = subject("1 = 1", 7);
        long id = JSON.readTree(post("""
                {"matterCode": "%s", "subjectIdentifier": "%s"}""".formatted(FOOD, uscc)).body()).get("id").asLong();
        String tax = RawHttp.basic("api-tax", "Demo@2026");
        RawHttp.Response read = http.get("/api/v1/filings/" + id, tax);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.body()).doesNotContain(uscc);
        assertThat(http.get("/api/v1/filings/" + id, MARKET).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/filings/" + id).status()).as("no credentials").isEqualTo(401);
    }

    @Test
    void aCreditCheckOnRequestIsRecordedWithTheListEntriesAndTheirLegalBasis() throws Exception {
        String listed = subject("EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE'"
                + " AND e.list_type = 'DISHONESTY' AND (e.expires_on IS NULL OR e.expires_on > CURRENT_DATE))", 0);
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM credit_check_record WHERE identifier = ?", Long.class,
                listed);
        RawHttp.Response response = http.get("/api/v1/subjects/" + listed + "/credit-check", MARKET);
        assertThat(response.status()).isEqualTo(200);
        JsonNode check = JSON.readTree(response.body());
        assertThat(check.get("purpose").asText()).isEqualTo("ON_REQUEST");
        assertThat(check.get("dishonestyListed").asBoolean()).isTrue();
        assertThat(check.get("requestedBy").asText()).isEqualTo("api-market");
        JsonNode hit = check.get("hits").get(0);
        assertThat(hit.get("listType").asText()).isEqualTo("DISHONESTY");
        assertThat(hit.get("basisNumber").asText()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_check_record WHERE identifier = ? AND "
                + "requested_by = 'api-market'", Long.class, listed)).isEqualTo(before + 1);

        RawHttp.Response malformed = http.get("/api/v1/subjects/not-a-code/credit-check", MARKET);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("violations").get(0).get("field").asText())
                .isEqualTo("code");
    }

    @Test
    void aClientsPasswordIsCheckedInFullOnceAndAChangedPasswordOrADisabledAccountStopsItAtOnce() {
        long id = system.call(() -> {
            if (!accounts.exists("api-rotating")) {
                accounts.create(new NewUser("api-rotating", "省市场监管局测试系统", ActorKind.API_CLIENT,
                        departments.findByCode("210000-MARKET_REGULATION").orElseThrow().id(), null, null,
                        Set.of(Roles.API_CLIENT), "Old@2026pass".toCharArray()));
            }
            return jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'api-rotating'", Long.class);
        });
        String path = "/api/v1/subjects/" + subject("1 = 1", 8) + "/credit-check";
        String old = RawHttp.basic("api-rotating", "Old@2026pass");
        long logins = logins("api-rotating");
        for (int i = 0; i < 3; i++) {
            assertThat(http.get(path, old).status()).isEqualTo(200);
        }
        assertThat(logins("api-rotating") - logins).as("one full check, then the remembered one").isEqualTo(1);
        assertThat(http.get(path, RawHttp.basic("api-rotating", "Wrong@2026pass")).status()).isEqualTo(401);

        system.run(() -> accounts.resetPassword(id, "New@2026pass".toCharArray()));
        assertThat(http.get(path, old).status()).as("the old password, remembered before the change").isEqualTo(401);
        assertThat(http.get(path, RawHttp.basic("api-rotating", "New@2026pass")).status()).isEqualTo(200);
        system.run(() -> accounts.setEnabled(id, false));
        assertThat(http.get(path, RawHttp.basic("api-rotating", "New@2026pass")).status()).isEqualTo(401);
    }

    private long logins(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_SUCCEEDED' AND actor = ?",
                Long.class, username);
    }

    private JsonNode awaitCheck(long id) {
        return Waiting.upTo(Duration.ofSeconds(30), Duration.ofMillis(200))
                .alias("the process checks credit within 30 s")
                .until(() -> JSON.readTree(http.get("/api/v1/filings/" + id, MARKET).body()),
                        filing -> filing.get("creditChecks").size() > 0 && filing.hasNonNull("route"));
    }

    private RawHttp.Response post(String body) {
        return http.send("POST", "/api/v1/filings", "application/json", body, MARKET);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private long filingProcesses() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'PermitFiling'",
                Long.class);
    }

    private String subject(String condition, int index) {
        return jdbc.queryForList("SELECT s.uscc FROM credit_subject s WHERE s.uscc IS NOT NULL AND "
                + "s.division_code LIKE '21%' AND " + condition + " ORDER BY s.id OFFSET " + index
                + " ROWS FETCH NEXT 1 ROWS ONLY", String.class).get(0);
    }
}
