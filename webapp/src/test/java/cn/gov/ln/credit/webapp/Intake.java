package cn.gov.ln.credit.webapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/** A department system filing through the API of an application process, and reads of its database. */
final class Intake {

    static final String CLIENT = "Basic " + Base64.getEncoder().encodeToString("api-market:Demo@2026"
            .getBytes(StandardCharsets.UTF_8));

    private Intake() {
    }

    /** Files one permit application; false when the application gave no answer (down, killed, timed out). */
    static boolean file(HttpClient http, int port, String reference, String uscc) {
        String body = """
                {"matterCode": "LN-SCJG-001", "subjectIdentifier": "%s", "externalReference": "%s"}"""
                .formatted(uscc, reference);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/filings")).timeout(Duration.ofSeconds(30)).header("Authorization", CLIENT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 200) {
                throw new AssertionError(reference + " answered " + response.statusCode() + " " + response.body());
            }
            return true;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Retries the unanswered filings on the application at {@code port}; returns how many got an answer.
     */
    static int retry(HttpClient http, int port, String prefix, java.util.Collection<Integer> unanswered,
            List<String> subjects) {
        int answered = 0;
        for (int n : new ArrayList<>(unanswered)) {
            if (file(http, port, prefix + n, subjects.get(n % subjects.size()))) {
                answered++;
            }
        }
        return answered;
    }

    /**
     * Waits (four minutes at most) until the expected number of filings is routed and waits for review; returns how
     * many are, also when fewer got there in time (the caller's assertions say what is missing).
     */
    static long awaitReview(String database, String prefix, long expected) throws SQLException {
        try {
            return Waiting.upTo(Duration.ofMinutes(4), Duration.ofSeconds(2))
                    .until(() -> atReview(database, prefix), waiting -> waiting >= expected);
        } catch (ConditionTimeoutException late) {
            return atReview(database, prefix);
        }
    }

    private static long atReview(String database, String prefix) throws SQLException {
        return count(database, "SELECT COUNT(*) FROM filing f WHERE f.external_reference LIKE '" + prefix
                + "%' AND f.route IS NOT NULL AND EXISTS (SELECT 1 FROM act_ru_task t WHERE t.proc_inst_id_ = "
                + "f.process_instance_id AND t.task_def_key_ = 'Task_ReviewFiling')");
    }

    static List<String> query(String url, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, System.getProperty("it.postgres.user", "postgres"), "");
                Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static long count(String url, String sql) throws SQLException {
        return Long.parseLong(query(url, sql).get(0));
    }
}
