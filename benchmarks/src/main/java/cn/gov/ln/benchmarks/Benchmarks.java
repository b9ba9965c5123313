package cn.gov.ln.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the benchmarks and writes {@code benchmarks/results/latest.md}. Options:
 * {@code --rounds=5 --per-round=300 --postgres=jdbc:postgresql://127.0.0.1:5432/postgres --postgres-user=postgres}.
 * PostgreSQL is skipped when the server cannot be reached.
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
        Path output = Path.of(options.getOrDefault("output", "benchmarks/results/latest.md"));

        Map<Database, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
        contexts.put(Database.h2File(), null);
        if (Database.reachable(pgServer, pgUser)) {
            contexts.put(Database.postgres(pgServer, pgUser), null);
        } else {
            System.out.println("PostgreSQL at " + pgServer + " is not reachable: running on H2 only");
        }
        for (Database database : contexts.keySet()) {
            System.out.println("Starting the core on " + database.name() + " (migrations and demo data)...");
            contexts.put(database, new SpringApplicationBuilder(BenchmarkApplication.class)
                    .properties("spring.datasource.url=" + database.url(),
                            "spring.datasource.username=" + database.username(), "spring.datasource.password=")
                    .run());
        }
        Results results = new Results();
        try {
            new PledgeBenchmark(contexts, rounds, perRound).run(results);
        } finally {
            contexts.values().forEach(ConfigurableApplicationContext::close);
        }
        results.write(output, "Benchmark results");
        System.out.println("Written to " + output.toAbsolutePath());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
