package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's doors over HTTP: every call of {@code security/engine-door.csv} at the engine's REST API (HTTP Basic)
 * and through Cockpit (the browser session, with Camunda's CSRF token), by every role. A process administrator gets
 * what the table allows and a 403 in the API's format for the rest; everybody else is refused everything. Then the
 * paths of the review's findings: a deployment and a task completion over REST refused with nothing changed, an
 * allowed change refused without a reason and audited with one, the engine's errors in the API's format.
 */
@Tag("security")
@WebIntegrationTest
class EngineDoorIT {

    static final List<String> CALLERS = List.of("anonymous", "applicant", "intake", "approver", "verifier",
            "creditofficer", "liaison", "sysadmin", "procadmin", "api-market");
    static final String COCKPIT_ENGINE = "/camunda/api/engine/engine/default";
    static final String REASON = "X-Reason: " + URLEncoder.encode("排查核查任务异常", StandardCharsets.UTF_8);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    record Row(String method, String path, String door, boolean allowed) {
    }

    @Test
    void everyCallOfTheTableAnswersEachRoleAsTheTableSays() throws IOException {
        RawHttp http = new RawHttp(port);
        Map<String, String[]> basic = new LinkedHashMap<>();
        Map<String, String[]> browser = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            basic.put(caller, caller.equals("anonymous") ? new String[0]
                    : new String[] {RawHttp.basic(caller, SignIn.DEMO_PASSWORD)});
            browser.put(caller, caller.equals("anonymous") || caller.equals("api-market") ? new String[0]
                    : cockpitHeaders(http, http.login(caller, SignIn.DEMO_PASSWORD)));
        }
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Row row : table()) {
            List<Map.Entry<String, Map<String, String[]>>> doors = row.door().equals("engine")
                    ? List.of(Map.entry("/engine-rest" + row.path(), basic),
                            Map.entry(COCKPIT_ENGINE + row.path(), browser))
                    : List.of(Map.entry(row.path(), browser));
            for (var door : doors) {
                for (String caller : CALLERS) {
                    String[] headers = withReason(door.getValue().get(caller));
                    RawHttp.Response response = http.send(row.method(), door.getKey(),
                            "GET".equals(row.method()) ? null : "application/json",
                            "GET".equals(row.method()) ? null : "{}", headers);
                    requests++;
                    boolean refusedByDoor = response.status() == 403
                            && response.body().contains("\"error\":\"forbidden\"");
                    boolean refused = refusedByDoor || response.status() == 401 || response.status() == 302
                            || response.status() == 403;
                    boolean expected = caller.equals("procadmin") && row.allowed();
                    if (expected && refused) {
                        wrong.add(caller + " " + row.method() + " " + door.getKey() + " refused: "
                                + response.status());
                    } else if (!expected && !refused) {
                        wrong.add(caller + " " + row.method() + " " + door.getKey() + " let through: "
                                + response.status());
                    } else if (caller.equals("procadmin") && !row.allowed() && !refusedByDoor) {
                        wrong.add("procadmin " + row.method() + " " + door.getKey() + " not refused by the door: "
                                + response.status() + " " + response.body());
                    } else if (door.getKey().startsWith("/engine-rest") && response.status() >= 500) {
                        wrong.add(caller + " " + row.method() + " " + door.getKey() + ": " + response.status());
                    }
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table").isEmpty();
        assertThat(requests).as("requests made").isGreaterThan(1500);
    }

    @Test
    void aModelPostedToTheEnginesRestApiOrCockpitNeverGoesLive() {
        RawHttp http = new RawHttp(port);
        long deployments = repository.createDeploymentQuery().count();
        String boundary = "----probe";
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/"
                + "20100524/MODEL\" targetNamespace=\"x\"><process id=\"Smuggled\" isExecutable=\"true\">"
                + "<startEvent id=\"s\"/></process></definitions>";
        String body = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nsmuggled\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"Smuggled.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        RawHttp.Response rest = http.send("POST", "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + boundary, body, RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD),
                REASON);
        assertThat(rest.status()).isEqualTo(403);
        assertThat(rest.body()).contains("\"error\":\"forbidden\"").contains("模型库");
        RawHttp.Response cockpit = http.send("POST", COCKPIT_ENGINE + "/deployment/create",
                "multipart/form-data; boundary=" + boundary, body,
                cockpitHeaders(http, http.login("procadmin", SignIn.DEMO_PASSWORD)));
        assertThat(cockpit.status()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Smuggled").count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'procadmin' AND action = "
                + "'ACCESS_DENIED' AND detail LIKE 'POST /engine-rest/deployment/create%'", Long.class)).isPositive();
    }

    @Test
    void aMethodOverrideDoesNotDisguiseACall() {
        RawHttp http = new RawHttp(port);
        String procadmin = RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD);
        assertThat(http.send("POST", "/engine-rest/process-instance", "application/json", "{}", procadmin,
                "X-HTTP-Method-Override: DELETE").status()).isEqualTo(403);
        assertThat(http.send("POST", "/engine-rest/process-instance?_method=DELETE", "application/json", "{}",
                procadmin).status()).isEqualTo(403);
        assertThat(http.send("POST", "/engine-rest/process-instance", "application/json", "{}", procadmin)
                .status()).isEqualTo(200);
    }

    @Test
    void aFilingsTaskCannotBeCompletedOverTheEnginesRestApi() {
        Task task = tasks.createTaskQuery().processDefinitionKey("PermitFiling").active().listPage(0, 1).get(0);
        String status = filingStatus(task.getProcessInstanceId());
        RawHttp.Response response = new RawHttp(port).send("POST", "/engine-rest/task/" + task.getId() + "/complete",
                "application/json", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}",
                RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD), REASON);
        assertThat(response.status()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isEqualTo(1);
        assertThat(filingStatus(task.getProcessInstanceId())).isEqualTo(status);
    }

    @Test
    void anAllowedChangeNeedsAReasonAndIsAuditedWithIt() {
        RawHttp http = new RawHttp(port);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey("PermitFiling").active()
                .listPage(0, 1).get(0);
        String path = "/engine-rest/process-instance/" + instance.getId() + "/suspended";
        String procadmin = RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD);

        RawHttp.Response unexplained = http.send("PUT", path, "application/json", "{\"suspended\":true}", procadmin);
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.body()).contains("\"field\":\"X-Reason\"");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).suspended().count())
                .isZero();

        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'ENGINE_OPERATION' "
                + "AND actor = 'procadmin'", Long.class);
        assertThat(http.send("PUT", path, "application/json", "{\"suspended\":true}", procadmin, REASON).status())
                .isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).suspended().count())
                .isEqualTo(1);
        assertThat(http.send("PUT", path, "application/json", "{\"suspended\":false}", procadmin, REASON).status())
                .isEqualTo(204);
        List<String> details = jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'ENGINE_OPERATION' "
                + "AND actor = 'procadmin' ORDER BY id DESC", String.class);
        assertThat(details.size()).isEqualTo(before + 2);
        assertThat(details.get(0)).contains("PUT " + path).contains("排查核查任务异常");
    }

    @Test
    void theEnginesErrorsComeInTheApisFormatAndAWrongIdIsNever500() {
        RawHttp http = new RawHttp(port);
        String procadmin = RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD);
        RawHttp.Response job = http.send("PUT", "/engine-rest/job/nope/retries", "application/json",
                "{\"retries\":1}", procadmin, REASON);
        assertThat(job.status()).isEqualTo(404);
        assertThat(job.body()).contains("\"status\":404").contains("\"error\":\"not_found\"").contains("nope");
        RawHttp.Response definition = http.get("/engine-rest/process-definition/nope", procadmin);
        assertThat(definition.status()).isEqualTo(404);
        assertThat(definition.body()).contains("\"error\":\"not_found\"");
        RawHttp.Response unknown = http.get("/engine-rest/process-definition/key/PermitFiling/no-such-thing",
                procadmin);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"not_found\"");
    }

    @Test
    void cockpitsReadOnlyViewsKeepWorkingForAProcessAdministrator() throws IOException {
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_event", Long.class);
        ProcessInstance filing = runtime.createProcessInstanceQuery().processDefinitionKey("PermitFiling").active()
                .listPage(0, 1).get(0);
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.login("procadmin", SignIn.DEMO_PASSWORD);
            browser.awaitUrlEnding("/");
            for (String view : List.of("#/dashboard", "#/processes", "#/decisions", "#/deployments",
                    "#/process-definition/" + filing.getProcessDefinitionId() + "/runtime",
                    "#/process-instance/" + filing.getId() + "/runtime")) {
                browser.open("/camunda/app/cockpit/default/" + view);
                browser.await(org.openqa.selenium.By.cssSelector(view.contains("/runtime") ? ".djs-container"
                        : "[cam-widget-header], .ctn-header, header"));
            }
        }
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE id > ? AND actor = 'procadmin' AND "
                + "action = 'ACCESS_DENIED'", String.class, before)).as("Cockpit calls refused").isEmpty();
    }

    private String filingStatus(String processInstanceId) {
        return jdbc.queryForObject("SELECT status FROM filing WHERE process_instance_id = ?", String.class,
                processInstanceId);
    }

    private static String[] withReason(String[] headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 1);
        all[headers.length] = REASON;
        return all;
    }

    /** The session cookie and Camunda's CSRF token, as Cockpit sends them. */
    private static String[] cockpitHeaders(RawHttp http, String session) {
        RawHttp.Response page = http.get("/camunda/app/cockpit/default/", RawHttp.cookie(session));
        String token = page.cookie("XSRF-TOKEN");
        if (token == null) {
            return new String[] {RawHttp.cookie(session)};
        }
        return new String[] {"Cookie: CREDIT_SESSION=" + session + "; XSRF-TOKEN=" + token, "X-XSRF-TOKEN: " + token};
    }

    private static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EngineDoorIT.class.getResourceAsStream("/security/engine-door.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", 5);
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3].equals("Y")));
            }
        }
        return rows;
    }
}
