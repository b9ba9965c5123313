package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import cn.gov.ln.testing.PostgresTestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole product on the local PostgreSQL: migrations, engine schema, sign-in, screens, API and Cockpit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"credit.demo.enabled=true", "credit.demo.subjects=500"})
@ActiveProfiles({"postgres", "webtest"})
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class ApplicationOnPostgresIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsEndToEndOnPostgres() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM act_ge_property", Long.class)).isPositive();
        RawHttp http = new RawHttp(port);
        String intake = http.login("intake", "Demo@2026");
        assertThat(http.get("/subjects", RawHttp.cookie(intake)).status()).isEqualTo(200);
        assertThat(http.get("/admin/users", RawHttp.cookie(intake)).status()).isEqualTo(403);
        RawHttp.Response api = http.get("/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC,
                RawHttp.basic("api-market", "Demo@2026"));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("沈阳辽信科技有限公司");
        String procadmin = http.login("procadmin", "Demo@2026");
        assertThat(http.get("/camunda/app/cockpit/default/", RawHttp.cookie(procadmin)).status()).isEqualTo(200);
        assertThat(http.get("/camunda/api/admin/auth/user/default", RawHttp.cookie(procadmin)).body())
                .contains("\"userId\":\"procadmin\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_SUCCEEDED'",
                Long.class)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void hostileEncodingsAndConflictingRetriesAreRefusedOnPostgresAndNothingIsStored() {
        RawHttp http = new RawHttp(port);
        String market = RawHttp.basic("api-market", "Demo@2026");
        String body = "{\"matterCode\": \"LN-SCJG-001\", \"subjectIdentifier\": \"" + DemoInstallation.APPLICANT_USCC
                + "\", \"externalReference\": \"PG-HYGIENE\"%s}";
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM filing", Long.class);
        java.util.Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("right-to-left override", body.formatted(", \"pledgeCode\": \"a\u202Eb\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("lone surrogate", body.formatted(", \"pledgeCode\": \"a\\ud800\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("a key twice", body.formatted(", \"matterCode\": \"LN-SCJG-002\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("unknown property", body.formatted(", \"priority\": 1")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] overlong = body.formatted(", \"pledgeCode\": \"a..\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int dot = new String(overlong, java.nio.charset.StandardCharsets.UTF_8).indexOf("a..") + 1;
        overlong[dot] = (byte) 0xC0;
        overlong[dot + 1] = (byte) 0xAE;
        bad.put("overlong UTF-8", overlong);
        bad.forEach((name, bytes) -> assertThat(http.sendBytes("POST", "/api/v1/filings", "application/json", bytes,
                market).status()).as(name).isEqualTo(400));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing", Long.class)).isEqualTo(before);

        assertThat(http.send("POST", "/api/v1/filings", "application/json", body.formatted(""), market).status())
                .isEqualTo(201);
        assertThat(http.send("POST", "/api/v1/filings", "application/json", body.formatted(""), market).status())
                .as("the same again").isEqualTo(200);
        RawHttp.Response other = http.send("POST", "/api/v1/filings", "application/json",
                body.formatted(", \"inLieuRequested\": true"), market);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("\"field\":\"inLieuRequested\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM filing", Long.class)).isEqualTo(before + 1);
    }

    @Test
    void theDemoFilingsAreCheckedAndRoutedByTheJobExecutorOnPostgres() {
        long filings = jdbc.queryForObject("SELECT COUNT(*) FROM filing", Long.class);
        assertThat(filings).isGreaterThanOrEqualTo(20);
        Waiting.upTo(Duration.ofSeconds(60), Duration.ofMillis(250))
                .alias("every demo filing checked and routed within 60 s")
                .until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM filing WHERE route IS NULL", Long.class) == 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT filing_id) FROM credit_check_record", Long.class))
                .isEqualTo(filings);
        RawHttp http = new RawHttp(port);
        RawHttp.Response tasks = http.get("/tasks", RawHttp.cookie(http.login("intake", "Demo@2026")));
        assertThat(tasks.status()).isEqualTo(200);
    }
}
