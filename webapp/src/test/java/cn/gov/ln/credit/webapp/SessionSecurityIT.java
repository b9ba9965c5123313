package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-in over HTTP: session fixation, cookie flags, redirects, lock-out, API accounts, single sign-on. */
@Tag("security")
@WebIntegrationTest
class SessionSecurityIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SystemRunner system;
    @Autowired
    JdbcTemplate jdbc;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void signingInIssuesANewSessionId() {
        String before = http.get("/login").cookie("CREDIT_SESSION");
        assertThat(before).isNotNull();
        RawHttp.Response result = http.postForm("/login", "username=intake&password=Demo@2026",
                RawHttp.cookie(before));
        assertThat(result.status()).isEqualTo(302);
        assertThat(result.header("Location")).endsWith("/");
        String after = result.cookie("CREDIT_SESSION");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(http.get("/subjects", RawHttp.cookie(before)).status()).as("the old id is worthless")
                .isEqualTo(302);
        assertThat(http.get("/subjects", RawHttp.cookie(after)).status()).isEqualTo(200);
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteAndSecureBehindHttps() {
        RawHttp.Response plain = http.get("/login");
        assertThat(plain.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("CREDIT_SESSION=")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        RawHttp.Response proxied = http.get("/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 10.1.2.3");
        assertThat(proxied.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("CREDIT_SESSION=")
                .contains("Secure").contains("HttpOnly"));
    }

    @Test
    void afterSignInTheUserLandsWhereTheyWantedToGoButNeverOnAnotherHost() {
        RawHttp.Response denied = http.get("/lists?tab=red");
        assertThat(denied.status()).isEqualTo(302);
        String session = denied.cookie("CREDIT_SESSION");
        RawHttp.Response result = http.postForm("/login", "username=creditofficer&password=Demo@2026",
                RawHttp.cookie(session));
        assertThat(result.header("Location")).endsWith("/lists?tab=red");

        RawHttp.Response evil = http.postForm("/login?redirect=https://evil.example/", "username=creditofficer"
                + "&password=Demo@2026&successUrl=https%3A%2F%2Fevil.example%2F", "Referer: https://evil.example/");
        assertThat(evil.header("Location")).doesNotContain("evil");
    }

    @Test
    void repeatedFailuresLockTheAccountAndAreAudited() {
        system.run(() -> accounts.create(new NewUser("lockme", "锁定测试员", ActorKind.STAFF,
                departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id(), null, null,
                Set.of(Roles.INTAKE_OFFICER), "Demo@2026".toCharArray())));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(http.postForm("/login", "username=lockme&password=wrong").header("Location"))
                    .endsWith("/login?error=invalid");
        }
        assertThat(http.postForm("/login", "username=lockme&password=wrong").header("Location"))
                .endsWith("/login?error=locked");
        assertThat(http.postForm("/login", "username=lockme&password=Demo@2026").header("Location"))
                .as("the right password does not open a locked account").endsWith("/login?error=locked");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'lockme' "
                + "AND action IN ('LOGIN_FAILED', 'ACCOUNT_LOCKED')", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT client_address FROM audit_event WHERE actor = 'lockme' "
                + "AND action = 'ACCOUNT_LOCKED'", String.class)).isNotBlank();
    }

    @Test
    void apiAccountsCannotUseTheScreens() {
        RawHttp.Response result = http.postForm("/login", "username=api-market&password=Demo@2026");
        assertThat(result.header("Location")).endsWith("/login?error=api");
        String session = result.cookie("CREDIT_SESSION");
        if (session != null) {
            assertThat(http.get("/subjects", RawHttp.cookie(session)).status()).isEqualTo(302);
        }
    }

    @Test
    void processAdministratorsReachCamundaBySingleSignOn() {
        String session = http.login("procadmin", "Demo@2026");
        assertThat(http.get("/camunda/app/cockpit/default/", RawHttp.cookie(session)).status()).isEqualTo(200);
        RawHttp.Response user = http.get("/camunda/api/admin/auth/user/default", RawHttp.cookie(session));
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"procadmin\"");
        assertThat(http.get("/engine-rest/process-definition", RawHttp.cookie(session)).status()).isEqualTo(200);
    }

    @Test
    void deniedAccessIsAudited() {
        String session = http.login("liaison", "Demo@2026");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'liaison' "
                + "AND action = 'ACCESS_DENIED'", Long.class);
        assertThat(http.get("/admin/users", RawHttp.cookie(session)).status()).isEqualTo(403);
        assertThat(http.get("/camunda/app/admin/default/", RawHttp.cookie(session)).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'liaison' "
                + "AND action = 'ACCESS_DENIED'", Long.class)).isEqualTo(before + 2);
    }
}
