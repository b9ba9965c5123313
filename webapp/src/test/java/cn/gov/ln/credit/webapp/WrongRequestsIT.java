package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.testing.SignIn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that are merely wrong get a 4xx, never a 500, and on the machine doors in the API's error format: unknown
 * API paths, methods a path does not take, paging beyond range, addresses Tomcat refuses before the application
 * sees them, and Vaadin requests of a type or UI id that does not exist.
 */
@Tag("reliability")
@WebIntegrationTest
class WrongRequestsIT {

    static final String API = RawHttp.basic("api-market", SignIn.DEMO_PASSWORD);
    static final String ENGINE = RawHttp.basic("procadmin", SignIn.DEMO_PASSWORD);
    static final String SUBJECT = "91210102000MRNM94T";

    @LocalServerPort
    int port;

    @Test
    void theMachineDoorsAnswerEveryWrongRequestInTheApisFormat() {
        RawHttp http = new RawHttp(port);
        List<String> wrong = new ArrayList<>();
        record Case(String method, String target, String header, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("GET", "/api/v1/nothing-here", API, 404, null),
                new Case("GET", "/api/v2/filings", API, 404, null),
                new Case("DELETE", "/api/v1/filings", API, 405, null),
                new Case("PUT", "/api/v1/subjects/" + SUBJECT, API, 405, null),
                new Case("GET", "/api/v1/pledges?subject=" + SUBJECT + "&page=2147483647&size=200", API, 400, "page"),
                new Case("GET", "/api/v1/pledges?subject=" + SUBJECT + "&page=-1", API, 400, "page"),
                new Case("GET", "/api/v1/pledges?subject=" + SUBJECT + "&size=0", API, 400, "size"),
                new Case("GET", "/api/v1/pledges?subject=" + SUBJECT + "&size=100000", API, 400, "size"),
                new Case("GET", "/api/v1/pledges?subject=" + SUBJECT + "&page=99999999999", API, 400, "page"),
                new Case("GET", "/api/v1/penalty-cases?page=2147483647&size=200", API, 400, "page"),
                new Case("GET", "/api/v1/inspection-tasks?page=2147483647&size=200", API, 400, "page"),
                new Case("GET", "/api/v1/subjects/%ZZ", API, 400, "path"),
                new Case("GET", "/api/v1/subjects/%00", API, 400, "path"),
                new Case("GET", "/api/v1/subjects/a%2Fb", API, 400, "path"),
                new Case("GET", "/api/v1/subjects/%C0%AE", API, 400, "path"),
                new Case("GET", "/api/v1/subjects/%E4%B8", API, 400, "path"),
                new Case("GET", "/engine-rest/process-definition/%ZZ", ENGINE, 400, "path"),
                new Case("GET", "/engine-rest/process-definition/nope", ENGINE, 404, null),
                new Case("GET", "/engine-rest/no-such-resource", ENGINE, 403, null));
        for (Case c : cases) {
            RawHttp.Response response = http.send(c.method(), c.target(), null, null, c.header());
            boolean shaped = response.header("Content-Type") != null
                    && response.header("Content-Type").startsWith("application/json")
                    && response.body().contains("\"status\":" + c.status())
                    && response.body().contains("\"violations\":")
                    && (c.field() == null || response.body().contains("\"field\":\"" + c.field() + "\""));
            if (response.status() != c.status() || !shaped) {
                wrong.add(c.method() + " " + c.target() + ": " + response.status() + " " + response.header(
                        "Content-Type") + " " + response.body().substring(0, Math.min(160, response.body().length())));
            }
        }
        assertThat(wrong).as("answers not in the API's format or with another status").isEmpty();
    }

    @Test
    void vaadinRequestsOfNoKnownTypeAreTheClientsMistake() {
        RawHttp http = new RawHttp(port);
        String session = http.login("intake", SignIn.DEMO_PASSWORD);
        for (String query : List.of("v-r=nonsense", "v-r=", "v-r=upload&v-uiId=0", "v-r=push&v-uiId=abc",
                "v-r=uidl&v-uiId=99999999999")) {
            for (String[] headers : List.of(new String[0], new String[] {RawHttp.cookie(session)})) {
                RawHttp.Response post = http.send("POST", "/?" + query, "application/json", "{}", headers);
                assertThat(post.status()).as("POST /?" + query).isEqualTo(400);
                assertThat(http.get("/subjects?" + query, headers).status()).as("GET /subjects?" + query)
                        .isEqualTo(400);
            }
        }
    }
}
