package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.audit.ChainVerification;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: every decision, sign-in and refused request is in it; the application has no way to change or
 * delete an entry; and an entry changed, removed or cut off at the end behind the application's back is detected.
 */
@Tag("security")
@WebIntegrationTest
class AuditTrailIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditService audit;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;

    @Test
    void everyDecisionIsInTheTrailUnderItsRecord() {
        Map<String, String> decisions = Map.of(
                "SELECT filing_no FROM filing WHERE decided_at IS NOT NULL", "FILING_DECIDED",
                "SELECT f.filing_no FROM filing f WHERE EXISTS (SELECT 1 FROM credit_check_record c "
                        + "WHERE c.filing_id = f.id)", "CREDIT_CHECKED",
                "SELECT case_no FROM breach WHERE decided_at IS NOT NULL AND case_no IS NOT NULL", "LISTING_DECIDED",
                "SELECT objection_no FROM objection WHERE decided_at IS NOT NULL", "OBJECTION_DECIDED",
                "SELECT record_code FROM pledge WHERE signed_at IS NOT NULL", "PLEDGE_SIGNED");
        int checked = 0;
        for (Map.Entry<String, String> decision : decisions.entrySet()) {
            Set<String> audited = Set.copyOf(jdbc.queryForList(
                    "SELECT target_id FROM audit_event WHERE action = ?", String.class, decision.getValue()));
            List<String> records = jdbc.queryForList(decision.getKey(), String.class);
            assertThat(records).as(decision.getValue() + ": every one audited").allMatch(audited::contains);
            checked += records.size();
        }
        assertThat(checked).as("the demo has decisions to check").isGreaterThan(50);
    }

    @Test
    void signInsFailuresAndRefusalsAreInTheTrail() {
        RawHttp http = new RawHttp(port);
        long before = count("SELECT COUNT(*) FROM audit_event WHERE actor = 'liaison'");
        String session = http.login("liaison", SignIn.DEMO_PASSWORD);
        http.postForm("/login", "username=liaison&password=wrong-password");
        http.get("/admin/audit", RawHttp.cookie(session));
        http.get("/engine-rest/process-definition", RawHttp.basic("api-market", SignIn.DEMO_PASSWORD));
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE actor = 'liaison' ORDER BY id DESC "
                + "FETCH FIRST 3 ROWS ONLY", String.class))
                .containsExactlyInAnyOrder("LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCESS_DENIED");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor = 'liaison'")).isEqualTo(before + 3);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE actor = 'api-market' AND action = 'ACCESS_DENIED' "
                + "AND detail LIKE '%engine-rest%'")).isPositive();
    }

    @Test
    void theApplicationHasNoWayToChangeOrDeleteAnEntry() throws IOException {
        Set<String> methods;
        try {
            methods = Arrays.stream(Class.forName("cn.gov.ln.credit.audit.AuditMapper").getDeclaredMethods())
                    .map(Method::getName).collect(Collectors.toSet());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        assertThat(methods).as("the audit mapper reads, appends and moves the chain's head; nothing else")
                .containsExactlyInAnyOrder("lockHead", "findHead", "insert", "moveHead", "findAfter", "search", "count");
        for (Resource mapper : new PathMatchingResourcePatternResolver().getResources("classpath*:cn/gov/ln/**/*.xml")) {
            String statements = new String(mapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            assertThat(statements).as(mapper.getFilename()).doesNotContain("UPDATE AUDIT_EVENT")
                    .doesNotContain("DELETE FROM AUDIT_EVENT").doesNotContain("TRUNCATE");
        }
        RawHttp http = new RawHttp(port);
        String admin = http.login("sysadmin", SignIn.DEMO_PASSWORD);
        long entries = count("SELECT COUNT(*) FROM audit_event");
        String hashes = jdbc.queryForObject("SELECT MAX(hash) FROM audit_event", String.class);
        for (String method : List.of("DELETE", "PUT", "PATCH", "POST")) {
            for (String path : List.of("/admin/audit", "/admin/audit/1", "/api/v1/audit", "/api/v1/audit/1")) {
                RawHttp.Response response = http.send(method, path, "application/json", "{\"detail\": \"x\"}",
                        RawHttp.cookie(admin));
                assertThat(response.status() / 100).as(method + " " + path).isNotEqualTo(2);
            }
        }
        assertThat(jdbc.queryForObject("SELECT MAX(hash) FROM audit_event", String.class)).isEqualTo(hashes);
        assertThat(count("SELECT COUNT(*) FROM audit_event")).isGreaterThanOrEqualTo(entries);
    }

    @Test
    void aChangedRemovedOrCutOffEntryIsDetected() {
        SignIn signIn = new SignIn(securityManager);
        assertThat(signIn.call("sysadmin", audit::verifyChain).intact()).isTrue();
        long middle = count("SELECT MIN(id) FROM audit_event WHERE action = 'USER_CREATED'");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", middle);

        jdbc.update("UPDATE audit_event SET actor = 'nobody' WHERE id = ?", middle);
        ChainVerification changed = signIn.call("sysadmin", audit::verifyChain);
        jdbc.update("UPDATE audit_event SET actor = ? WHERE id = ?", row.get("actor"), middle);
        assertThat(changed.intact()).isFalse();
        assertThat(changed.firstBrokenId()).isEqualTo(middle);

        jdbc.update("DELETE FROM audit_event WHERE id = ?", middle);
        ChainVerification removed = signIn.call("sysadmin", audit::verifyChain);
        reinsert(row);
        assertThat(removed.intact()).isFalse();
        assertThat(removed.firstBrokenId()).isEqualTo(middle);

        synchronized (AuditService.class) {
            long last = count("SELECT MAX(id) FROM audit_event");
            Map<String, Object> tail = jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", last);
            jdbc.update("DELETE FROM audit_event WHERE id = ?", last);
            ChainVerification cut = signIn.call("sysadmin", audit::verifyChain);
            reinsert(tail);
            assertThat(cut.intact()).as("the chain's head remembers the last entry").isFalse();
        }
        assertThat(signIn.call("sysadmin", audit::verifyChain).intact()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO audit_event (" + columns + ") VALUES (" + marks + ")", row.values().toArray());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
