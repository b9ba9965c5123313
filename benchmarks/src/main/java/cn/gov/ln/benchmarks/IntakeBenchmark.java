package cn.gov.ln.benchmarks;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;

/**
 * Intake end to end: the product's jar runs as its own process on each database; department-system clients
 * POST filings over HTTP; a filing counts when its process has checked the subject's credit (job executor,
 * local credit source), stored the evidence and routed it to review. Rounds alternate between databases.
 */
final class IntakeBenchmark {

    private static final String MARKET = "Basic " + HttpHeaders.encodeBasicAuth("api-market", "Demo@2026",
            StandardCharsets.UTF_8);
    static final String[] MATTERS = {"LN-SCJG-001", "LN-SCJG-002", "LN-SCJG-003"};
    /** Both sides run this many first, unmeasured: the product's throughput was still rising after a hundred. */
    private static final int WARM_UP = 1_000;

    private final Path jar;
    private final List<Database> databases;
    private final int rounds;
    private final int perRound;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<BareEngine.Model, List<Database>> bareDatabases;
    private final List<Database> serviceDatabases;

    /**
     * {@code bareDatabases}: for each model the bare engine runs, and for each product database, one of the same kind
     * for it; {@code serviceDatabases}: one for the product's core entered through its service in this JVM.
     */
    IntakeBenchmark(Path jar, List<Database> databases, Map<BareEngine.Model, List<Database>> bareDatabases,
            List<Database> serviceDatabases, int rounds, int perRound) {
        this.jar = jar;
        this.databases = databases;
        this.bareDatabases = bareDatabases;
        this.serviceDatabases = serviceDatabases;
        this.rounds = rounds;
        this.perRound = perRound;
    }

    void run(Results results) throws Exception {
        Map<Database, ProductNode> nodes = new LinkedHashMap<>();
        Map<Database, List<BareEngine>> bare = new LinkedHashMap<>();
        Map<Database, ServiceEntry> services = new LinkedHashMap<>();
        try {
            for (Database database : databases) {
                nodes.put(database, ProductNode.start(jar, database));
            }
            for (int i = 0; i < databases.size(); i++) {
                for (Map.Entry<BareEngine.Model, List<Database>> model : bareDatabases.entrySet()) {
                    bare.computeIfAbsent(databases.get(i), k -> new ArrayList<>())
                            .add(new BareEngine(model.getValue().get(i), model.getKey()));
                }
                services.put(databases.get(i), new ServiceEntry(serviceDatabases.get(i)));
            }
            for (ProductNode node : nodes.values()) {
                node.awaitHealthy(http);
                node.subjects = subjects(node.database);
                intake(node, 2, WARM_UP, new ArrayList<>());
                for (BareEngine engine : bare.get(node.database)) {
                    engine.intake(2, WARM_UP);
                }
                services.get(node.database).intake(2, WARM_UP);
            }
            List<Database> all = new ArrayList<>(databases);
            bareDatabases.values().forEach(all::addAll);
            all.addAll(serviceDatabases);
            Map<String, List<Double>> rates = new LinkedHashMap<>();
            Map<String, Map<BareEngine.Model, List<Double>>> bareRates = new LinkedHashMap<>();
            Map<String, List<Double>> serviceRates = new LinkedHashMap<>();
            Map<String, List<Double>> latencies = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Database database : all) {
                    database.analyze();
                }
                for (Map.Entry<Database, ProductNode> entry : nodes.entrySet()) {
                    for (int clients : new int[] {1, 2}) {
                        String name = entry.getKey().name() + ", " + clients + " client" + (clients == 1 ? "" : "s");
                        List<Double> posts = latencies.computeIfAbsent(name, k -> new ArrayList<>());
                        rates.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(intake(entry.getValue(), clients, perRound, posts));
                        for (BareEngine engine : bare.get(entry.getKey())) {
                            bareRates.computeIfAbsent(name, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(engine.model(), k -> new ArrayList<>())
                                    .add(engine.intake(clients, perRound));
                        }
                        serviceRates.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(services.get(entry.getKey()).intake(clients, perRound));
                    }
                }
            }
            for (Map.Entry<String, List<Double>> rate : rates.entrySet()) {
                Map<BareEngine.Model, List<Double>> bareRate = bareRates.get(rate.getKey());
                results.add("filing intake via the API", rate.getKey(), perSecond(rate.getValue(), "filings/s"),
                        slowest(rate.getValue()), ratios(Results.median(rate.getValue()), bareRate),
                        rounds + " rounds × " + perRound + " POSTs, counted when checked and routed; rounds "
                                + "interleaved with the bare engines");
                for (Map.Entry<BareEngine.Model, List<Double>> model : bareRate.entrySet()) {
                    results.add("bare engine, " + model.getKey().label, rate.getKey(),
                            perSecond(model.getValue(), "instances/s"), slowest(model.getValue()), "",
                            model.getKey() == BareEngine.Model.MINIMAL
                                    ? "in-process start → async trivial delegate → DMN → user task, history full, no HTTP"
                                    : "PermitFiling and CreditRouting with trivial delegates, the product's engine "
                                            + "plugins and start variables, history full, no HTTP");
                }
                List<Double> serviceRate = serviceRates.get(rate.getKey());
                results.add("filing intake via the service", rate.getKey(), perSecond(serviceRate, "filings/s"),
                        slowest(serviceRate), ratios(Results.median(serviceRate), bareRate),
                        "the product's core in the benchmark's JVM: FilingService as the API calls it, no HTTP; "
                                + "same check, evidence, audit, routing; rounds interleaved");
                List<Double> posts = latencies.get(rate.getKey());
                results.add("POST /api/v1/filings latency", rate.getKey(), String.format("%.0f ms",
                        Results.median(posts)), String.format("%.0f ms", Results.percentile(posts, 99)), "",
                        posts.size() + " requests (answer returns before the credit check runs)");
            }
        } finally {
            nodes.values().forEach(ProductNode::stop);
            bare.values().forEach(engines -> engines.forEach(BareEngine::close));
            services.values().forEach(ServiceEntry::close);
        }
    }

    private static String perSecond(List<Double> rates, String unit) {
        return String.format("%.1f %s", Results.median(rates), unit);
    }

    private static String slowest(List<Double> rates) {
        return String.format("%.1f (slowest round)", Collections.min(rates));
    }

    /** The product's median against each bare engine's, e.g. "0.41× bare (minimal); 0.62× bare (product's model)". */
    private static String ratios(double product, Map<BareEngine.Model, List<Double>> bare) {
        List<String> ratios = new ArrayList<>();
        bare.forEach((model, rates) -> ratios.add(String.format("%.2f× bare (%s)", product / Results.median(rates),
                model.label)));
        return String.join("; ", ratios);
    }

    /** Files {@code total} filings from {@code clients} threads; returns filings per second until all are routed. */
    private double intake(ProductNode node, int clients, int total, List<Double> latencies) throws Exception {
        long before = maxFilingId(node.database);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Double>>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                List<Double> mine = new ArrayList<>();
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    String body = "{\"matterCode\": \"%s\", \"subjectIdentifier\": \"%s\"}".formatted(
                            MATTERS[i % MATTERS.length], node.subjects.get(node.used.getAndIncrement() % node.subjects.size()));
                    long sent = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.uri("/api/v1/filings"))
                            .header("Authorization", MARKET).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    mine.add((System.nanoTime() - sent) / 1e6);
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("POST answered " + response.statusCode() + ": "
                                + response.body());
                    }
                }
                return mine;
            }));
        }
        for (Future<List<Double>> f : work) {
            synchronized (latencies) {
                latencies.addAll(f.get());
            }
        }
        pool.shutdown();
        awaitRouted(node.database, before, total);
        return total / ((System.nanoTime() - started) / 1e9);
    }

    /** Waits until {@code total} filings after id {@code before} are checked and routed, at most ten minutes. */
    static void awaitRouted(Database database, long before, int total) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (routedSince(database, before) < total) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("filings not routed within 10 minutes on " + database.name());
            }
            Thread.sleep(20);
        }
    }

    /** Organisations of Liaoning in the demo data, the subjects the filings are for. */
    static List<String> subjects(Database database) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement("SELECT uscc FROM "
                + "credit_subject WHERE kind = 'LEGAL_PERSON' AND division_code LIKE '21%' ORDER BY id");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    static long maxFilingId(Database database) throws SQLException {
        return single(database, "SELECT COALESCE(MAX(id), 0) FROM filing", -1);
    }

    private static long routedSince(Database database, long id) throws SQLException {
        return single(database, "SELECT COUNT(*) FROM filing WHERE id > ? AND route IS NOT NULL", id);
    }

    private static long single(Database database, String sql, long parameter) throws SQLException {
        try (Connection c = connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter >= 0) {
                s.setLong(1, parameter);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), "");
    }
}
