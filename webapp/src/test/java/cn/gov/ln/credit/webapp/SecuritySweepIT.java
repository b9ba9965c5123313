package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests every protected route anonymously, with a role that lacks the permission, and in the path shapes of
 * Shiro's past bypass advisories; none may be served. Positive controls show the same requests do get through
 * for the right role, so the sweep can fail.
 */
@Tag("security")
@WebIntegrationTest
class SecuritySweepIT {

    static final String SUBJECT = "/api/v1/subjects/" + DemoInstallation.APPLICANT_USCC;

    static final List<String> VIEWS = List.of("/", "/subjects", "/subjects/1", "/lists", "/my-credit",
            "/admin/users", "/admin/departments", "/admin/calendar", "/admin/allow-list", "/admin/audit",
            "/admin/templates", "/admin/registry", "/pledges", "/pledges/new", "/my-pledges",
            "/pledges/21000020261129000001", "/tasks", "/filings", "/filings/1", "/apply", "/my-filings", "/matters",
            "/breaches", "/notifications", "/breaches/1", "/penalty-cases", "/penalty-cases/1", "/incoming-cases",
            "/objections", "/repairs", "/my-notices", "/my-objections", "/my-repairs", "/admin/measures",
            "/admin/models", "/admin/models/drafts/1", "/admin/models/review/1", "/admin/models/migrate/PermitFiling",
            "/inspection/plans", "/inspection/tasks", "/red-list", "/incentive-cases", "/incentive-parts",
            "/incentive-measures", "/my-evaluation", "/evaluation-model");
    static final List<String> APIS = List.of(SUBJECT, "/api/v1/subjects/11010519491231002X",
            "/api/v1/pledges?subject=" + DemoInstallation.APPLICANT_USCC, "/api/v1/pledges/21000020261129000001",
            "/api/v1/pledges/21000020261129000001/letter", "/api/v1/filings/1", SUBJECT + "/credit-check",
            "/api/v1/penalty-cases", "/api/v1/objections/1", SUBJECT + "/credit-report",
            "/api/v1/documents/1/content", "/api/v1/inspection-tasks", "/api/v1/incentive-cases",
            SUBJECT + "/evaluation");
    static final List<String> ENGINE = List.of("/engine-rest/process-definition", "/engine-rest/user",
            "/engine-rest/engine", "/engine-rest/deployment");
    static final List<String> CAMUNDA = List.of("/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
            "/camunda/app/tasklist/default/", "/camunda/api/admin/auth/user/default",
            "/camunda/api/engine/engine/default/process-definition");
    static final List<String> ACTUATOR = List.of("/actuator/env", "/actuator/beans", "/actuator/configprops",
            "/actuator/heapdump");

    static final Map<String, UnaryOperator<String>> SHAPES = shapes();

    private static final Map<String, String> SESSIONS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @TestFactory
    Stream<DynamicTest> strangersGetNoProtectedRoute() {
        return all().stream().map(route -> DynamicTest.dynamicTest("anonymous " + route, () -> {
            RawHttp.Response response = http.get(route);
            assertNotServed(route, response);
            if (response.status() == 302) {
                assertThat(response.header("Location")).as(route).endsWith("/login");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> bypassShapesServeNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> targets = List.of("/admin/users", "/subjects", SUBJECT, "/engine-rest/process-definition",
                "/camunda/app/cockpit/default/", "/camunda/api/admin/auth/user/default", "/actuator/env",
                SUBJECT + "/credit-report", "/api/v1/documents/1/content");
        for (String target : targets) {
            for (Map.Entry<String, UnaryOperator<String>> shape : SHAPES.entrySet()) {
                String path = shape.getValue().apply(target);
                tests.add(DynamicTest.dynamicTest("anonymous " + shape.getKey() + " " + path,
                        () -> assertNotServed(path, http.get(path))));
                tests.add(DynamicTest.dynamicTest("applicant " + shape.getKey() + " " + path,
                        () -> assertNotServed(path, http.get(path, RawHttp.cookie(session("applicant"))))));
            }
        }
        for (Map.Entry<String, UnaryOperator<String>> shape : SHAPES.entrySet()) {
            String path = shape.getValue().apply("/admin/users");
            tests.add(DynamicTest.dynamicTest("intake " + shape.getKey() + " " + path,
                    () -> assertNotServed(path, http.get(path, RawHttp.cookie(session("intake"))))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wrongRolesAreRefused() {
        Map<String, List<String>> refused = Map.of(
                "applicant", List.of("/subjects", "/lists", "/admin/users", "/admin/audit", CAMUNDA.get(0),
                        ENGINE.get(0), SUBJECT, "/pledges", "/admin/templates", "/admin/registry", APIS.get(2),
                        "/tasks", "/filings", "/breaches", "/matters", "/penalty-cases", "/incoming-cases",
                        "/objections", "/repairs", "/admin/measures", "/admin/models", "/inspection/plans",
                        "/inspection/tasks", "/red-list", "/incentive-cases", "/incentive-parts",
                        "/incentive-measures", "/evaluation-model", SUBJECT + "/evaluation"),
                "intake", List.of("/my-evaluation", "/evaluation-model",
                        "/admin/users", "/admin/audit", "/admin/allow-list", "/my-credit", CAMUNDA.get(0),
                        CAMUNDA.get(3), ENGINE.get(0), SUBJECT, "/pledges/new", "/my-pledges", "/admin/templates",
                        "/admin/registry", APIS.get(3), "/breaches", "/my-filings", "/penalty-cases",
                        "/incoming-cases", "/objections", "/repairs", "/my-notices", "/my-repairs", "/admin/measures",
                        "/inspection/plans", "/inspection/tasks"),
                "sysadmin", List.of(CAMUNDA.get(0), CAMUNDA.get(4), ENGINE.get(0), ENGINE.get(1), "/my-credit",
                        "/penalty-cases", "/incoming-cases", "/objections", "/my-notices", "/admin/models",
                        "/admin/models/review/1"),
                "procadmin", List.of("/subjects", "/lists", "/admin/users", "/admin/audit", SUBJECT, "/pledges",
                        "/pledges/new", "/tasks", "/filings", "/apply"),
                "liaison", List.of("/admin/users", "/admin/departments", CAMUNDA.get(0), ENGINE.get(0),
                        "/admin/templates", "/pledges/new", "/tasks", "/apply", "/breaches", "/penalty-cases",
                        "/objections", "/repairs", "/my-notices", "/red-list", "/incentive-cases"),
                "creditofficer", List.of("/admin/users", "/admin/audit", CAMUNDA.get(0), ENGINE.get(0), "/tasks", "/apply",
                        "/incoming-cases", "/my-notices", "/my-repairs", "/admin/models", "/admin/models/migrate/PermitFiling",
                        "/inspection/plans", "/incentive-parts"));
        List<DynamicTest> tests = new ArrayList<>();
        refused.forEach((user, routes) -> routes.forEach(route -> tests.add(DynamicTest.dynamicTest(
                user + " " + route, () -> {
                    RawHttp.Response response = http.get(route, credentials(user, route));
                    assertThat(response.status()).as(user + " " + route).isEqualTo(403);
                }))));
        for (String route : List.of(ENGINE.get(0), ENGINE.get(1), "/engine-rest/deployment/create")) {
            tests.add(DynamicTest.dynamicTest("api client " + route, () -> assertThat(http.get(route,
                    RawHttp.basic("api-market", "Demo@2026")).status()).isEqualTo(403)));
        }
        return tests.stream();
    }

    /**
     * A paper's number is Chinese, so the public verification by number in the address takes a non-ASCII path; no
     * other address does, and no other shape of that one reaches anything but the verification.
     */
    @Test
    void onlyTheVerificationByNumberTakesAChineseAddress() {
        String number = URLEncoder.encode("省发展改革委信报〔2026〕1号", StandardCharsets.UTF_8);
        assertThat(http.get("/api/v1/documents/" + number + "/verification?code=22222222222A").status())
                .isEqualTo(200);
        String client = RawHttp.basic("api-market", "Demo@2026");
        for (String path : List.of("/api/v1/documents/" + number + "/content", SUBJECT + number + "/credit-report",
                "/api/v1/documents/" + number + "/verification/x", "/api/v1/documents/x/" + number + "/verification",
                "/api/v1/documents/" + number + ";x/verification", "/api/v1/documents/" + number + "%2f../verification",
                "/api/v1/subjects/%E4%B8%AD")) {
            RawHttp.Response response = http.get(path, client);
            assertNotServed(path, response);
            assertThat(response.status()).as(path).isIn(400, 404);
        }
    }

    /** People's machine calls carry their password (HTTP Basic); a session opens none of them. */
    private String credentials(String user, String route) {
        return route.startsWith("/api/") || route.startsWith("/engine-rest/") ? RawHttp.basic(user, "Demo@2026")
                : RawHttp.cookie(session(user));
    }

    @Test
    void theRightRoleGetsThrough() {
        assertThat(http.get("/subjects", RawHttp.cookie(session("intake"))).status()).isEqualTo(200);
        assertThat(http.get("/admin/users", RawHttp.cookie(session("sysadmin"))).status()).isEqualTo(200);
        assertThat(http.get("/my-credit", RawHttp.cookie(session("applicant"))).status()).isEqualTo(200);
        assertThat(http.get(CAMUNDA.get(0), RawHttp.cookie(session("procadmin"))).status()).isEqualTo(200);
        assertThat(http.get(ENGINE.get(0), credentials("procadmin", ENGINE.get(0))).status()).isEqualTo(200);
        assertThat(http.get(SUBJECT, RawHttp.basic("api-market", "Demo@2026")).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("/styles/credit.css").status()).isEqualTo(200);
        assertThat(http.get("/public/pledges").status()).isEqualTo(200);
        assertThat(http.get("/public/verify").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/pledges/21000020261129000001/verification?letterHash=00").status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/documents/verification?number=X1&code=22222222222A").status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/documents/X1/verification?code=22222222222A").status()).isEqualTo(200);
        assertThat(http.get("/pledges", RawHttp.cookie(session("intake"))).status()).isEqualTo(200);
        assertThat(http.get("/pledges/new", RawHttp.cookie(session("applicant"))).status()).isEqualTo(200);
        assertThat(http.get("/admin/templates", RawHttp.cookie(session("sysadmin"))).status()).isEqualTo(200);
        assertThat(http.get("/tasks", RawHttp.cookie(session("intake"))).status()).isEqualTo(200);
        assertThat(http.get("/apply", RawHttp.cookie(session("applicant"))).status()).isEqualTo(200);
        assertThat(http.get("/breaches", RawHttp.cookie(session("creditofficer"))).status()).isEqualTo(200);
        assertThat(http.get(SUBJECT + "/credit-check", RawHttp.basic("api-market", "Demo@2026")).status())
                .isEqualTo(200);
        assertThat(http.get("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js").status()).isEqualTo(200);
    }

    private String session(String user) {
        return SESSIONS.computeIfAbsent(user, u -> http.login(u, "Demo@2026"));
    }

    private static void assertNotServed(String route, RawHttp.Response response) {
        assertThat(response.status() / 100).as(route + " answered " + response.status()).isNotEqualTo(2);
        if (response.status() >= 300 && response.status() < 400) {
            String location = response.header("Location");
            assertThat(location).as(route + " redirects within this site").isNotNull()
                    .matches("^(https?://localhost(:\\d+)?)?/.*");
        }
        assertThat(response.body()).as(route).doesNotContain(DemoInstallation.APPLICANT_USCC)
                .doesNotContain("\"processDefinition").doesNotContain("\"userId\"").doesNotContain("spring.datasource");
    }

    private static List<String> all() {
        List<String> routes = new ArrayList<>(VIEWS);
        routes.addAll(APIS);
        routes.addAll(ENGINE);
        routes.addAll(CAMUNDA);
        routes.addAll(ACTUATOR);
        return routes;
    }

    private static Map<String, UnaryOperator<String>> shapes() {
        Map<String, UnaryOperator<String>> shapes = new java.util.LinkedHashMap<>();
        shapes.put("semicolon root", p -> "/;" + p);
        shapes.put("dot-dot-semicolon", p -> "/static/..;" + p);
        shapes.put("encoded dot", p -> "/%2e" + p);
        shapes.put("encoded dot-dot", p -> "/x/%2e%2e" + p);
        shapes.put("encoded semicolon", p -> p + "%3b");
        shapes.put("encoded semicolon root", p -> "/%3b" + p);
        shapes.put("encoded slash", p -> p.replaceFirst("/(?=[^/]+$)", "%2f"));
        shapes.put("double-encoded slash", p -> p.replaceFirst("/(?=[^/]+$)", "%252F"));
        shapes.put("trailing slash", p -> p.endsWith("/") ? p + "/" : p + "/");
        shapes.put("double slash", p -> "/" + p);
        shapes.put("inner double slash", p -> p.replace("/", "//"));
        shapes.put("upper case", p -> p.toUpperCase(Locale.ROOT));
        shapes.put("capitalised segment", p -> "/" + Character.toUpperCase(p.charAt(1)) + p.substring(2));
        shapes.put("encoded space", p -> p + "%20");
        shapes.put("encoded newline", p -> p + "%0a");
        shapes.put("encoded carriage return", p -> p + "%0d");
        shapes.put("dot segment", p -> "/." + p);
        shapes.put("path parameter", p -> p + ";jsessionid=x");
        shapes.put("backslash", p -> p.replace('/', '\\'));
        shapes.put("query string", p -> p + "?a=1");
        return shapes;
    }
}
