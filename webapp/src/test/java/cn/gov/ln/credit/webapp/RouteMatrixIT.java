package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.testing.SignIn;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole route table: every Vaadin view, API endpoint, engine REST resource, Camunda webapp and actuator endpoint,
 * asked for anonymously and by every role, against the expected table in {@code security/route-matrix.csv}
 * (Y: served, -: not), people's sessions on the screens and Cockpit, everybody's password (HTTP Basic) on the
 * machine doors {@code /api} and {@code /engine-rest}, which no session opens. Any 2xx where the table says no
 * fails, and so does a refusal where it says yes (for an API record by id, a 404 counts as let through: whether the
 * record is the caller's is {@link DataScopeIT}'s matter); a view of the application missing from the table fails
 * too, so a new screen cannot ship unlisted. The observed table is printed. The engine's doors by method are
 * {@link EngineDoorIT}'s.
 */
@Tag("security")
@WebIntegrationTest
class RouteMatrixIT {

    static final List<String> CALLERS = List.of("anonymous", "applicant", "intake", "approver", "verifier",
            "creditofficer", "liaison", "sysadmin", "procadmin", "api-market");

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;

    @Test
    void everyRouteAnswersEachRoleAsTheTableSays() throws IOException {
        Map<String, String> expected = table();
        RawHttp http = new RawHttp(port);
        Map<String, String> credentials = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            credentials.put(caller, switch (caller) {
                case "anonymous" -> null;
                case "api-market" -> RawHttp.basic(caller, SignIn.DEMO_PASSWORD);
                default -> RawHttp.cookie(http.login(caller, SignIn.DEMO_PASSWORD));
            });
        }
        Map<String, String> machine = new LinkedHashMap<>();
        CALLERS.forEach(caller -> machine.put(caller, caller.equals("anonymous") ? null
                : RawHttp.basic(caller, SignIn.DEMO_PASSWORD)));
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder("route," + String.join(",", CALLERS) + "\n");
        for (Map.Entry<String, String> row : expected.entrySet()) {
            StringBuilder line = new StringBuilder(row.getKey());
            for (int i = 0; i < CALLERS.size(); i++) {
                boolean machineDoor = row.getKey().startsWith("/api/") || row.getKey().startsWith("/engine-rest/");
                String header = (machineDoor ? machine : credentials).get(CALLERS.get(i));
                RawHttp.Response response = header == null ? http.get(row.getKey()) : http.get(row.getKey(), header);
                boolean served = response.status() / 100 == 2;
                boolean absent = response.status() == 404 && row.getKey().startsWith("/api/");
                boolean allowed = row.getValue().charAt(i) == 'Y';
                line.append(',').append(served ? "Y" : absent ? "404" : "-");
                if (allowed ? !(served || absent) : served) {
                    wrong.add(CALLERS.get(i) + " " + row.getKey() + ": " + response.status() + ", the table says "
                            + (allowed ? "served" : "refused"));
                }
            }
            observed.append(line).append('\n');
        }
        System.out.println("Route × role (Y served, - refused):\n" + observed);
        assertThat(wrong).as("answers that differ from the table").isEmpty();
        assertThat(expected.size() * CALLERS.size()).as("requests made").isGreaterThan(700);
    }

    @Test
    void everyViewOfTheApplicationIsInTheTable() throws IOException {
        Set<String> listed = table().keySet().stream().map(r -> r.replaceFirst("^/", "").replaceFirst("\\?.*", ""))
                .map(r -> r.replaceAll("/[^/]*\\d[^/]*$", "/:id").replaceAll("/PermitFiling$", "/:id"))
                .collect(Collectors.toSet());
        Set<String> views = new TreeSet<>();
        ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes()
                .forEach(route -> views.add(route.getTemplate().replaceAll(":[^/]+", ":id")));
        assertThat(views).as("views of the application").hasSizeGreaterThan(40);
        assertThat(listed).as("every view is in security/route-matrix.csv").containsAll(views);
    }

    /** Route to a string of Y/- per caller, in the order of {@link #CALLERS}. */
    private static Map<String, String> table() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        try (InputStream in = RouteMatrixIT.class.getResourceAsStream("/security/route-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines.get(0)).isEqualTo("route," + String.join(",", CALLERS));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertThat(cells).as(line).hasSize(CALLERS.size() + 1);
                table.put(cells[0].replace("{applicant}", cn.gov.ln.credit.demo.DemoInstallation.APPLICANT_USCC),
                        String.join("", List.of(cells).subList(1, cells.length)));
            }
        }
        return table;
    }
}
