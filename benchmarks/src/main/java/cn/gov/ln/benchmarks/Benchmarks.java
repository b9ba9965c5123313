package cn.gov.ln.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the benchmarks and writes {@code benchmarks/results/latest.md}. Options:
 * {@code --rounds=5 --per-round=300 --filings=200 --tasks=100000 --cases=1000 --only=startup,pledges,intake,tasks,penalty
 * --webapp=webapp/target/credit-webapp.jar --postgres=jdbc:postgresql://127.0.0.1:5432/postgres
 * --postgres-user=postgres --databases=h2,postgres} (the last for intake and the benchmarks in the core),
 * {@code --registry=1000000 --verifications=3} (the pledge registry is filled to that many entries before it is
 * verified; by default it holds what the signing rounds left), {@code --keep-databases} (the core's databases stay
 * after the run, to look at their plans), and for
 * {@code --only=creditcheck} (not run by default: it fills PostgreSQL with the province, gigabytes and many
 * minutes) {@code --subjects=10000000 --entries=5000000 --samples=2000}, with {@code --keep-province} to keep
 * the filled database and {@code --province-database=NAME} to run on one kept before; for {@code --only=evaluation}
 * (not run by default) {@code --organisations=1000000}. PostgreSQL is skipped when
 * the server cannot be reached; the intake benchmark when the product's jar has not been built.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int perRound = Integer.parseInt(options.getOrDefault("per-round", "300"));
        String pgServer = options.getOrDefault("postgres", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String pgUser = options.getOrDefault("postgres-user", "postgres");
        int filings = Integer.parseInt(options.getOrDefault("filings", "200"));
        int tasks = Integer.parseInt(options.getOrDefault("tasks", "100000"));
        int cases = Integer.parseInt(options.getOrDefault("cases", "1000"));
        Set<String> only = Set.of(options.getOrDefault("only", "startup,pledges,intake,tasks,penalty").split(","));
        Path webapp = Path.of(options.getOrDefault("webapp", "webapp/target/credit-webapp.jar"));
        Path output = Path.of(options.getOrDefault("output", "benchmarks/results/latest.md"));
        boolean postgres = Database.reachable(pgServer, pgUser);
        if (!postgres) {
            System.out.println("PostgreSQL at " + pgServer + " is not reachable: running on H2 only");
        }

        Set<String> kinds = Set.of(options.getOrDefault("databases", "h2,postgres").split(","));
        Results results = new Results();
        if (only.contains("startup")) {
            if (Files.isRegularFile(webapp)) {
                new StartupBenchmark(webapp, Math.min(rounds, 3)).run(results);
                results.write(output, "Benchmark results");
            } else {
                System.out.println(webapp + " is missing (mvn package): skipping the start-up benchmark");
            }
        }
        if (only.contains("intake")) {
            if (Files.isRegularFile(webapp)) {
                List<Database> nodes = new ArrayList<>();
                // the bare engines and the core entered through its service run in this JVM, each on a database
                // of its own (the product's node has the shared H2 file)
                Map<BareEngine.Model, List<Database>> bare = new EnumMap<>(BareEngine.Model.class);
                List<Database> service = new ArrayList<>();
                if (kinds.contains("h2")) {
                    nodes.add(Database.h2Shared());
                    for (BareEngine.Model model : BareEngine.Model.values()) {
                        bare.computeIfAbsent(model, k -> new ArrayList<>()).add(Database.h2File());
                    }
                    service.add(Database.h2File());
                }
                if (postgres && kinds.contains("postgres")) {
                    nodes.add(Database.postgres(pgServer, pgUser, "node"));
                    for (BareEngine.Model model : BareEngine.Model.values()) {
                        bare.computeIfAbsent(model, k -> new ArrayList<>())
                                .add(Database.postgres(pgServer, pgUser, "bare_" + model.name().toLowerCase()));
                    }
                    service.add(Database.postgres(pgServer, pgUser, "service"));
                }
                try {
                    new IntakeBenchmark(webapp, nodes, bare, service, rounds, filings).run(results);
                } finally {
                    List<List<Database>> all = new ArrayList<>(List.of(nodes, service));
                    all.addAll(bare.values());
                    for (List<Database> databases : all) {
                        for (Database database : databases) {
                            database.deleteFiles();
                            database.dropPostgres(pgServer, pgUser);
                        }
                    }
                }
                results.write(output, "Benchmark results");
            } else {
                System.out.println(webapp + " is missing (mvn package): skipping the intake benchmark");
            }
        }
        if (only.contains("creditcheck")) {
            if (!postgres || !Files.isRegularFile(webapp)) {
                System.out.println("the credit check benchmark needs PostgreSQL and " + webapp + ": skipped");
            } else {
                String kept = options.get("province-database");
                Database database = kept == null ? Database.postgres(pgServer, pgUser, "province")
                        : Database.existingPostgres(pgServer, pgUser, kept);
                ConfigurableApplicationContext core = core(database, "?reWriteBatchedInserts=true");
                try {
                    new CreditCheckBenchmark(webapp, database, core,
                            Long.parseLong(options.getOrDefault("subjects", "10000000")),
                            Long.parseLong(options.getOrDefault("entries", "5000000")),
                            Integer.parseInt(options.getOrDefault("samples", "2000"))).run(results);
                } finally {
                    core.close();
                    if (kept == null && !options.containsKey("keep-province")) {
                        database.dropPostgres(pgServer, pgUser);
                    }
                }
                results.write(output, "Benchmark results");
            }
        }
        if (only.contains("evaluation")) {
            if (!postgres) {
                System.out.println("the evaluation benchmark needs PostgreSQL: skipped");
            } else {
                Database database = Database.postgres(pgServer, pgUser, "evaluation");
                ConfigurableApplicationContext core = core(database, "?reWriteBatchedInserts=true",
                        "credit.evaluation.nightly-enabled=false");
                try {
                    new EvaluationBenchmark(database, core, Long.parseLong(options.getOrDefault("organisations",
                            "1000000"))).run(results);
                } finally {
                    core.close();
                    if (!options.containsKey("keep-databases")) {
                        database.dropPostgres(pgServer, pgUser);
                    }
                }
                results.write(output, "Benchmark results");
            }
        }
        if (!only.contains("pledges") && !only.contains("tasks") && !only.contains("penalty")) {
            results.write(output, "Benchmark results");
            return;
        }
        Map<Database, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
        if (kinds.contains("h2")) {
            contexts.put(Database.h2File(), null);
        }
        if (postgres && kinds.contains("postgres")) {
            contexts.put(Database.postgres(pgServer, pgUser, "core"), null);
        }
        for (Database database : contexts.keySet()) {
            System.out.println("Starting the core on " + database.name() + " (migrations and demo data)...");
            contexts.put(database, core(database, ""));
        }
        try {
            if (only.contains("pledges")) {
                new PledgeBenchmark(contexts, rounds, perRound,
                        Long.parseLong(options.getOrDefault("registry", "0")),
                        Integer.parseInt(options.getOrDefault("verifications", "3"))).run(results);
                results.write(output, "Benchmark results");
            }
            if (only.contains("penalty")) {
                new PenaltyBenchmark(contexts, rounds, cases).run(results);
                results.write(output, "Benchmark results");
            }
            if (only.contains("tasks")) {
                new TaskListBenchmark(contexts, tasks).run(results);
            }
        } finally {
            contexts.values().forEach(ConfigurableApplicationContext::close);
            for (Database database : contexts.keySet()) {
                if (options.containsKey("keep-databases")) {
                    System.out.println("Kept for inspection: " + database.url());
                } else {
                    database.deleteFiles();
                    database.dropPostgres(pgServer, pgUser);
                }
            }
        }
        results.write(output, "Benchmark results");
        System.out.println("Written to " + output.toAbsolutePath());
    }

    /** {@code properties} override the benchmark's application.yml (given as arguments: defaults would not). */
    static ConfigurableApplicationContext core(Database database, String urlOptions, String... properties) {
        return new SpringApplicationBuilder(BenchmarkApplication.class)
                .properties("spring.datasource.url=" + database.url() + urlOptions,
                        "spring.datasource.username=" + database.username(), "spring.datasource.password=")
                .run(java.util.Arrays.stream(properties).map(p -> "--" + p).toArray(String[]::new));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--")) {
                options.put(arg.substring(2), "true");
            }
        }
        return options;
    }
}
