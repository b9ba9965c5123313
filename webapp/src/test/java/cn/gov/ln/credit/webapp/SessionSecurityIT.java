package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import java.util.List;
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
    AccountAdministration accounts;
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
        assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void forwardedHeadersCountOnlyFromTheConfiguredProxy() {
        RawHttp stranger = new RawHttp(port, "127.0.0.2");
        RawHttp.Response proto = stranger.get("/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 10.1.2.3");
        assertThat(proto.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("CREDIT_SESSION=")
                .doesNotContain("Secure"));
        assertThat(proto.header("Strict-Transport-Security")).isNull();
        for (RawHttp client : List.of(http, stranger)) {
            RawHttp.Response redirect = client.get("/subjects", "X-Forwarded-Host: evil.example");
            assertThat(redirect.status()).isEqualTo(302);
            assertThat(redirect.header("Location")).doesNotContain("evil");
        }
    }

    @Test
    void everyAnswerCarriesTheBrowserSafeguards() {
        for (String path : List.of("/login", "/public/pledges", "/api/v1/seal/certificate", "/subjects",
                "/VAADIN/build/no-such-file.js", "/api/v1/nothing-here")) {
            RawHttp.Response response = http.get(path);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'self'")
                    .contains("default-src 'self'").contains("object-src 'none'").doesNotContain("*");
        }
        String session = http.login("procadmin", "Demo@2026");
        RawHttp.Response cockpit = http.get("/camunda/app/cockpit/default/", RawHttp.cookie(session));
        assertThat(cockpit.header("Content-Security-Policy")).as("Camunda's own policy").contains("nonce");
        assertThat(cockpit.header("X-Content-Type-Options")).isEqualTo("nosniff");
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
    void repeatedFailuresLockTheAccountAndAreAuditedButThePageDoesNotSaySo() {
        system.run(() -> accounts.create(new NewUser("lockme", "锁定测试员", ActorKind.STAFF,
                departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id(), null, null,
                Set.of(Roles.INTAKE_OFFICER), "Demo@2026".toCharArray())));
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(http.postForm("/login", "username=lockme&password=wrong").header("Location"))
                    .endsWith("/login?error=invalid");
        }
        assertThat(http.postForm("/login", "username=lockme&password=Demo@2026").header("Location"))
                .as("the right password does not open a locked account, and the page says what it says for "
                        + "anybody").endsWith("/login?error=invalid");
        assertThat(http.postForm("/login", "username=nobody-at-all&password=wrong").header("Location"))
                .endsWith("/login?error=invalid");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = 'lockme' "
                + "AND message_key = 'notice.account.locked'", Long.class)).as("the owner is told").isEqualTo(1);
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
    void processAdministratorsReachCamundaBySingleSignOnButTheSessionOpensNoEngineRestCall() {
        String session = http.login("procadmin", "Demo@2026");
        assertThat(http.get("/camunda/app/cockpit/default/", RawHttp.cookie(session)).status()).isEqualTo(200);
        RawHttp.Response user = http.get("/camunda/api/admin/auth/user/default", RawHttp.cookie(session));
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"procadmin\"");
        RawHttp.Response rest = http.get("/engine-rest/process-definition", RawHttp.cookie(session));
        assertThat(rest.status()).isEqualTo(401);
        assertThat(rest.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void machineCallsMakeNoSessionAndABrowsersSessionOpensNone() {
        RawHttp.Response rest = http.get("/engine-rest/process-definition", RawHttp.basic("procadmin", "Demo@2026"));
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.headers("Set-Cookie")).isEmpty();
        RawHttp.Response api = http.get("/api/v1/subjects/91210102000MRNM94T", RawHttp.basic("api-market",
                "Demo@2026"));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.headers("Set-Cookie")).isEmpty();

        String officer = http.login("intake", "Demo@2026");
        assertThat(http.get("/api/v1/subjects/91210102000MRNM94T", RawHttp.cookie(officer)).status())
                .as("an officer's browser session is no API credential").isEqualTo(401);
        RawHttp.Response both = http.get("/engine-rest/process-definition", RawHttp.cookie(officer),
                RawHttp.basic("procadmin", "Demo@2026"));
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.headers("Set-Cookie")).isEmpty();
        assertThat(http.get("/camunda/app/cockpit/default/", RawHttp.cookie(officer)).status())
                .as("a Basic login does not write itself into the browser's session").isEqualTo(403);
        assertThat(http.get("/tasks", RawHttp.cookie(officer)).status()).isEqualTo(200);
    }

    @Test
    void wrongApiPasswordsSlowTheirAddressAndLockNoAccount() {
        RawHttp guesser = new RawHttp(port, "127.0.0.3");
        String path = "/api/v1/subjects/91210102000MRNM94T";
        int throttled = 0;
        for (int attempt = 0; attempt < 15; attempt++) {
            RawHttp.Response response = guesser.get(path, RawHttp.basic("api-market", "guess-" + attempt));
            if (response.status() == 429) {
                throttled++;
                assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 300);
                assertThat(response.body()).contains("\"error\":\"too_many_requests\"");
            } else {
                assertThat(response.status()).isEqualTo(401);
            }
        }
        assertThat(throttled).as("attempts after the tenth failure").isEqualTo(5);
        assertThat(guesser.get(path, RawHttp.basic("api-market", "Demo@2026")).status())
                .as("the guessing address waits, even with the right password").isEqualTo(429);
        assertThat(new RawHttp(port, "127.0.0.4").get(path, RawHttp.basic("api-market", "Demo@2026")).status())
                .as("the department's own system is not locked out").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = 'api-market' AND "
                + "(failed_attempts > 0 OR locked_until IS NOT NULL)", Long.class)).isZero();
        for (int attempt = 0; attempt < 6; attempt++) {
            new RawHttp(port, "127.0.0.5").get("/engine-rest/process-definition",
                    RawHttp.basic("procadmin", "guess-" + attempt));
        }
        assertThat(http.login("procadmin", "Demo@2026")).as("Basic guesses do not lock a person's account")
                .isNotBlank();
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
