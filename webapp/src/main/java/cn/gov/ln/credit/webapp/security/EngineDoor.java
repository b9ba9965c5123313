package cn.gov.ln.credit.webapp.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a process administrator may do through the engine's own doors: the REST API at {@code /engine-rest} and the
 * Camunda webapps' calls under {@code /camunda/api} (Cockpit, Tasklist, Admin). Deny by default: a call is let
 * through only when a rule below names its method and path. Reads serve the watching of processes; the few
 * changes serve their keeping (retry a failed job, annotate or resolve an incident, suspend or activate) and are
 * audited with the reason. Everything that changes what the product decides goes through the product's own
 * services instead: models reach the engine only through the model library's review, filings and cases move only
 * through their task screens and API (form checks, the record, the audit trail), and identities are the
 * product's accounts.
 */
public final class EngineDoor {

    /** What a let-through call does, for the audit trail. */
    public enum Kind { READ, CHANGE }

    /** One allowed call: method, path within the engine API, why it is allowed. */
    public record Rule(String method, Pattern path, Kind kind, String reason) {
        boolean matches(String requestMethod, String resource) {
            return (method.equals(requestMethod) || "GET".equals(method) && "HEAD".equals(requestMethod))
                    && path.matcher(resource).matches();
        }
    }

    /** The answer for one call: allowed with its rule, or refused. */
    public record Verdict(Rule rule) {
        public boolean allowed() {
            return rule != null;
        }
    }

    private static final String ID = "[^/]+";
    private static final String READ_ROOTS = "engine|version|process-definition|decision-definition"
            + "|decision-requirements-definition|deployment|process-instance|execution|incident|job|job-definition"
            + "|history|task|variable-instance|batch|metrics|event-subscription|external-task|user|group"
            + "|authorization|tenant|filter|case-definition|case-instance|case-execution|identity|schema|telemetry";
    private static final String QUERY_RESOURCES = "process-instance|execution|task|variable-instance|job"
            + "|job-definition|external-task|history/(?:process-instance|activity-instance|task|variable-instance"
            + "|detail|external-task-log|case-instance|case-activity-instance)";

    /** Engine REST resources, as seen after {@code /engine-rest} (and an optional {@code /engine/{name}}). */
    static final List<Rule> ENGINE_RULES = List.of(
            rule("GET", "/(?:" + READ_ROOTS + ")(?:/.*)?", Kind.READ,
                    "watch definitions, instances, incidents, jobs, tasks and history"),
            rule("POST", "/(?:" + QUERY_RESOURCES + ")(?:/count)?", Kind.READ,
                    "queries that Cockpit sends as POST bodies"),
            rule("POST", "/filter/" + ID + "/(?:list|count)", Kind.READ, "task filters of Tasklist"),
            rule("PUT", "/job/" + ID + "/retries", Kind.CHANGE, "retry a failed job"),
            rule("POST", "/job/retries", Kind.CHANGE, "retry failed jobs of a definition"),
            rule("PUT", "/job-definition/" + ID + "/retries", Kind.CHANGE, "retry the failed jobs of one step"),
            rule("PUT", "/external-task/" + ID + "/retries", Kind.CHANGE, "retry a failed external task"),
            rule("PUT", "/incident/" + ID + "/annotation", Kind.CHANGE, "annotate an incident"),
            rule("DELETE", "/incident/" + ID + "/annotation", Kind.CHANGE, "clear an incident's annotation"),
            rule("DELETE", "/incident/" + ID, Kind.CHANGE, "resolve an incident"),
            rule("PUT", "/process-instance/" + ID + "/suspended", Kind.CHANGE, "suspend or activate an instance"),
            rule("PUT", "/process-instance/suspended", Kind.CHANGE, "suspend or activate instances"),
            rule("PUT", "/process-definition/" + ID + "/suspended", Kind.CHANGE, "suspend or activate a definition"),
            rule("PUT", "/process-definition/key/" + ID + "/suspended", Kind.CHANGE,
                    "suspend or activate a definition"),
            rule("PUT", "/job-definition/" + ID + "/suspended", Kind.CHANGE, "suspend or activate a step's jobs"),
            rule("PUT", "/job/" + ID + "/suspended", Kind.CHANGE, "suspend or activate a job"));

    /** The Camunda webapps' own API besides the engine's, as seen after {@code /camunda/api}. */
    static final List<Rule> WEBAPP_RULES = List.of(
            rule("GET", "/(?:cockpit|tasklist|welcome)/.*", Kind.READ, "the webapps' views and plugins"),
            rule("POST", "/cockpit/plugin/.*", Kind.READ, "Cockpit's queries, sent as POST bodies"),
            rule("GET", "/admin/auth/user/" + ID, Kind.READ, "who is signed in (single sign-on)"),
            rule("POST", "/admin/auth/user/" + ID + "/logout", Kind.READ, "leave the webapps"),
            rule("GET", "/admin/plugin/.*", Kind.READ, "Admin's read-only views"));

    private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(?:/engine/" + ID + ")?(/.*)?");
    private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine/engine(?:/" + ID + ")?(/.*)?");
    private static final Pattern WEBAPP_API = Pattern.compile("/camunda/api(/.*)?");
    /** The webapps' pages and static files: everything under /camunda but its API. */
    private static final Pattern WEBAPP_PAGES = Pattern.compile("/camunda(?:/(?!api(?:/|$)).*)?");

    private EngineDoor() {
    }

    private static Rule rule(String method, String path, Kind kind, String reason) {
        return new Rule(method, Pattern.compile(path), kind, reason);
    }

    /** The verdict for a request path within the application (context path removed) and its method. */
    public static Verdict judge(String method, String path) {
        Matcher engine = ENGINE_REST.matcher(path);
        if (engine.matches()) {
            return judge(ENGINE_RULES, method, engine.group(1));
        }
        Matcher webappEngine = WEBAPP_ENGINE.matcher(path);
        if (webappEngine.matches()) {
            boolean engines = webappEngine.group(1) == null || "/".equals(webappEngine.group(1));
            return engines && "GET".equals(method)
                    ? new Verdict(rule("GET", "", Kind.READ, "the engines' names"))
                    : judge(ENGINE_RULES, method, webappEngine.group(1));
        }
        Matcher webappApi = WEBAPP_API.matcher(path);
        if (webappApi.matches()) {
            return judge(WEBAPP_RULES, method, webappApi.group(1));
        }
        if (WEBAPP_PAGES.matcher(path).matches() && ("GET".equals(method) || "HEAD".equals(method))) {
            return new Verdict(rule("GET", "", Kind.READ, "the webapps' pages"));
        }
        return new Verdict(null);
    }

    private static Verdict judge(List<Rule> rules, String method, String resource) {
        if (resource == null) {
            resource = "/";
        }
        String target = resource;
        Optional<Rule> rule = rules.stream().filter(r -> r.matches(method, target)).findFirst();
        return new Verdict(rule.orElse(null));
    }
}
