package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import java.time.Duration;
import java.time.Instant;
import cn.gov.ln.testing.PostgresTestDatabase;
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
    void theDemoFilingsAreCheckedAndRoutedByTheJobExecutorOnPostgres() throws InterruptedException {
        long filings = jdbc.queryForObject("SELECT COUNT(*) FROM filing", Long.class);
        assertThat(filings).isGreaterThanOrEqualTo(20);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM filing WHERE route IS NULL", Long.class) > 0) {
            assertThat(Instant.now()).as("every demo filing checked and routed within 60 s").isBefore(deadline);
            Thread.sleep(250);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT filing_id) FROM credit_check_record", Long.class))
                .isEqualTo(filings);
        RawHttp http = new RawHttp(port);
        RawHttp.Response tasks = http.get("/tasks", RawHttp.cookie(http.login("intake", "Demo@2026")));
        assertThat(tasks.status()).isEqualTo(200);
    }
}
