package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.demo.DemoSubjects;
import cn.gov.ln.credit.identifier.Uscc;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit check with the whole province in the database: the demo data generator fills PostgreSQL to
 * {@code subjects} subjects and about {@code entries} list entries (the current listings it always writes, plus
 * expired ones from earlier years), then the product's jar answers department systems' checks through the API.
 * Subjects on a list, subjects on none, and identifiers nobody registered are timed apart, interleaved.
 */
final class CreditCheckBenchmark {

    private static final String CLIENT = "Basic " + HttpHeaders.encodeBasicAuth("api-market", "Demo@2026",
            StandardCharsets.UTF_8);
    private static final int GENERATION_STEP = 500_000;
    private static final int WARM_UP = 500;

    private final Path jar;
    private final Database database;
    private final ConfigurableApplicationContext core;
    private final long subjects;
    private final long entries;
    private final int samples;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CreditCheckBenchmark(Path jar, Database database, ConfigurableApplicationContext core, long subjects,
            long entries, int samples) {
        this.jar = jar;
        this.database = database;
        this.core = core;
        this.subjects = subjects;
        this.entries = entries;
        this.samples = samples;
    }

    void run(Results results) throws Exception {
        JdbcTemplate jdbc = core.getBean(JdbcTemplate.class);
        long before = count(jdbc, "credit_subject");
        double seconds = generate(jdbc, core.getBean(DemoSubjects.class));
        long subjectRows = count(jdbc, "credit_subject");
        long entryRows = count(jdbc, "list_entry");
        jdbc.execute("ANALYZE");
        String population = String.format("%,d subjects, %,d list entries", subjectRows, entryRows);
        if (subjectRows > before) {
            results.add("credit check: generating the province", database.name(),
                    String.format("%,.0f subjects/s", (subjectRows - before) / seconds), "", "",
                    population + String.format(" by the demo data generator in %.0f s", seconds));
        }
        Map<String, List<String>> identifiers = new LinkedHashMap<>();
        identifiers.put("subject on a list", sample(jdbc, true));
        identifiers.put("subject on no list", sample(jdbc, false));
        identifiers.put("identifier nobody registered", unregistered(jdbc));

        ProductNode node = ProductNode.start(jar, database);
        try {
            node.awaitHealthy(http);
            for (int i = 0; i < WARM_UP; i++) {
                check(node, identifiers.get("subject on no list").get(i % samples));
            }
            Map<String, List<Double>> latencies = new LinkedHashMap<>();
            for (int i = 0; i < samples; i++) {
                for (Map.Entry<String, List<String>> kind : identifiers.entrySet()) {
                    latencies.computeIfAbsent(kind.getKey(), k -> new ArrayList<>())
                            .add(check(node, kind.getValue().get(i)));
                }
            }
            for (Map.Entry<String, List<Double>> kind : latencies.entrySet()) {
                results.add("credit check via the API", database.name() + ", " + kind.getKey(),
                        String.format("%.1f ms", Results.median(kind.getValue())),
                        String.format("%.1f ms", Results.percentile(kind.getValue(), 99)), "",
                        population + "; " + samples + " checks, interleaved; each one stored as evidence");
            }
            results.add("credit check: memory", database.name() + ", indexes on the subject and list tables",
                    String.format("%.0f MB", mb(jdbc, "SELECT SUM(pg_relation_size(indexrelid)) FROM pg_index "
                            + "WHERE indrelid IN ('credit_subject'::regclass, 'list_entry'::regclass)")),
                    "", "", "in PostgreSQL's files, cached by its shared buffers and the OS; the application holds "
                            + "no index of its own");
            results.add("credit check: memory", database.name() + ", tables",
                    String.format("%.0f MB", mb(jdbc, "SELECT pg_relation_size('credit_subject') "
                            + "+ pg_relation_size('list_entry')")), "", "", population);
            results.add("credit check: memory", database.name() + ", the product's resident memory",
                    String.format("%.0f MB", node.rssMb()), "", "",
                    "after the checks; -Xmx1g");
        } finally {
            node.stop();
        }
    }

    /** Fills the database up to the wanted size; returns the seconds it took. */
    private double generate(JdbcTemplate jdbc, DemoSubjects generator) {
        long existing = count(jdbc, "credit_subject");
        long existingEntries = count(jdbc, "list_entry");
        long missing = Math.max(0, subjects - existing);
        double currentPerSubject = existingEntries / (double) Math.max(1, existing);
        double historic = missing == 0 ? 0
                : Math.max(0, (entries - existingEntries) / (double) missing - currentPerSubject);
        long started = System.nanoTime();
        for (long done = 0; done < missing; done += GENERATION_STEP) {
            long step = Math.min(GENERATION_STEP, missing - done);
            generator.generate(step, 20_261_129L + done, historic);
            System.out.printf("  generated %,d of %,d subjects (%.0f s)%n", done + step, missing,
                    (System.nanoTime() - started) / 1e9);
        }
        return Math.max(0.001, (System.nanoTime() - started) / 1e9);
    }

    /** Subjects picked at random: through an active entry for those on a list, by id for those on none. */
    private List<String> sample(JdbcTemplate jdbc, boolean listed) {
        String table = listed ? "list_entry" : "credit_subject";
        long maxId = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
        Random random = new Random(listed ? 1 : 2);
        List<String> found = new ArrayList<>();
        while (found.size() < samples) {
            long id = 1 + (long) (random.nextDouble() * maxId);
            found.addAll(listed
                    ? jdbc.queryForList("SELECT COALESCE(s.uscc, s.citizen_id) FROM list_entry e JOIN credit_subject s "
                            + "ON s.id = e.subject_id WHERE e.id >= ? AND e.status = 'ACTIVE' ORDER BY e.id "
                            + "FETCH FIRST 1 ROWS ONLY", String.class, id)
                    : jdbc.queryForList("SELECT COALESCE(s.uscc, s.citizen_id) FROM credit_subject s WHERE s.id = ? "
                            + "AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id "
                            + "AND e.status = 'ACTIVE')", String.class, id));
        }
        return found.subList(0, samples);
    }

    /** Valid codes (check character and all) that no subject holds. */
    private List<String> unregistered(JdbcTemplate jdbc) {
        Random random = new Random(3);
        List<String> codes = new ArrayList<>();
        while (codes.size() < samples) {
            StringBuilder first17 = new StringBuilder("9121").append("0102");
            while (first17.length() < 17) {
                first17.append(random.nextInt(10));
            }
            String code = first17.toString() + Uscc.checkCharacter(first17.toString());
            if (jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject WHERE uscc = ?", Long.class, code) == 0) {
                codes.add(code);
            }
        }
        return codes;
    }

    private double check(ProductNode node, String identifier) throws Exception {
        long sent = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                node.uri("/api/v1/subjects/" + identifier + "/credit-check")).header("Authorization", CLIENT).build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - sent) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("check of " + identifier + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return ms;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static double mb(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class) / 1024.0 / 1024.0;
    }
}
