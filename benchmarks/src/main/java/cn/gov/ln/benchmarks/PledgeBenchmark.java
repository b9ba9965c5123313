package cn.gov.ln.benchmarks;

import cn.gov.ln.credit.pledge.ChainReport;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.RegistryVolume;
import cn.gov.ln.credit.pledge.Publicity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.subject.Subject;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing throughput (draft and sign through the services, as a department system does) with one and two
 * client threads, and the speed of re-verifying the whole registry, on each database, rounds interleaved.
 */
final class PledgeBenchmark {

    private final Map<Database, ConfigurableApplicationContext> contexts;
    private final int rounds;
    private final int perRound;
    private final long registryEntries;
    private final int verifications;

    PledgeBenchmark(Map<Database, ConfigurableApplicationContext> contexts, int rounds, int perRound,
            long registryEntries, int verifications) {
        this.contexts = contexts;
        this.rounds = rounds;
        this.perRound = perRound;
        this.registryEntries = registryEntries;
        this.verifications = verifications;
    }

    void run(Results results) throws Exception {
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
            sign(entry.getValue(), 1, perRound / 2);
        }
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
                for (int threads : new int[] {1, 2}) {
                    double rate = sign(entry.getValue(), threads, perRound);
                    rates.computeIfAbsent(entry.getKey().name() + ", " + threads + " thread" + (threads == 1 ? ""
                            : "s"), k -> new ArrayList<>()).add(rate);
                }
            }
        }
        String baseline = rates.keySet().iterator().next();
        double base = Results.median(rates.get(baseline));
        for (Map.Entry<String, List<Double>> rate : rates.entrySet()) {
            double median = Results.median(rate.getValue());
            results.add("pledge signing", rate.getKey(), String.format("%.1f pledges/s", median),
                    String.format("%.1f (slowest round)", rate.getValue().stream().min(Double::compare).orElse(0.0)),
                    String.format("%.2f× %s", median / base, baseline), rounds + " rounds × " + perRound
                            + " draft+sign");
        }
        for (Map.Entry<Database, ConfigurableApplicationContext> entry : contexts.entrySet()) {
            fill(entry.getKey(), entry.getValue(), results);
            List<Double> speeds = new ArrayList<>();
            long entries = 0;
            for (int round = 0; round < verifications; round++) {
                ChainReport report = as(entry.getValue(), "creditofficer").execute(
                        () -> entry.getValue().getBean(PledgeQueries.class).verifyRegistry());
                if (!report.intact()) {
                    throw new IllegalStateException("registry broken at " + report.firstBrokenSeq());
                }
                speeds.add(report.entriesPerSecond());
                entries = report.checked();
            }
            results.add("registry verification", entry.getKey().name(), String.format("%.0f entries/s",
                    Results.median(speeds)), String.format("%.0f (slowest)", speeds.stream().min(Double::compare)
                            .orElse(0.0)), "", String.format("%,d entries: SM3 chain + SM2 seal per entry, %d run%s",
                            entries, verifications, verifications == 1 ? "" : "s"));
        }
    }

    private void fill(Database database, ConfigurableApplicationContext context, Results results) {
        long started = System.nanoTime();
        long added = new RegistryVolume(context).fillTo(registryEntries);
        if (added > 0) {
            double seconds = (System.nanoTime() - started) / 1e9;
            results.add("registry: filling", database.name(), String.format("%.0f pledges/s", added / seconds), "",
                    "", String.format("%,d signed pledges copied, hashed, chained and sealed in batches of 5,000 "
                            + "(no service calls) in %.0f s", added, seconds));
        }
    }

    private double sign(ConfigurableApplicationContext context, int threads, int total) throws Exception {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<String> organisations = jdbc.queryForList("SELECT uscc FROM credit_subject WHERE kind = 'LEGAL_PERSON' "
                + "ORDER BY id FETCH FIRST 1000 ROWS ONLY", String.class);
        PledgeService pledges = context.getBean(PledgeService.class);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Subject client = as(context, "api-market");
            work.add(pool.submit(() -> client.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    String uscc = organisations.get(i % organisations.size());
                    pledges.sign(pledges.draft(new NewPledge("GENERAL-INTEGRITY", uscc, "基准测试",
                            Map.of("matterDescription", "诚信经营承诺 " + i), Publicity.LIMITED, null, null))
                            .draftRef());
                }
            })));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - started) / 1e9);
    }

    private static Subject as(ConfigurableApplicationContext context, String username) {
        return BenchmarkApplication.signedIn(context, username);
    }
}
