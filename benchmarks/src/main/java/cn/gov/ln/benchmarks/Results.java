package cn.gov.ln.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Collects result rows and writes them as the Markdown table of {@code benchmarks/results/latest.md}. */
final class Results {

    record Row(String benchmark, String configuration, String median, String p99, String ratio, String note) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String benchmark, String configuration, String median, String p99, String ratio, String note) {
        Row row = new Row(benchmark, configuration, median, p99, ratio, note);
        rows.add(row);
        System.out.printf("%-28s %-34s median %-16s p99 %-14s %-14s %s%n", benchmark, configuration, median, p99,
                ratio, note);
    }

    /**
     * Writes the rows of this run; rows this run did not measure (a benchmark or a database left out with
     * {@code --only} or {@code --databases}) are kept from the file as an earlier run wrote them.
     */
    void write(Path file, String title) throws IOException {
        List<String> kept = new ArrayList<>();
        java.util.Set<String> measured = new java.util.HashSet<>();
        rows.forEach(r -> measured.add(r.benchmark() + "|" + r.configuration()));
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] cells = line.split("\\|");
                if (line.startsWith("| ") && !line.startsWith("| benchmark ") && cells.length > 2
                        && !measured.contains(cells[1].strip() + "|" + cells[2].strip())) {
                    kept.add(line);
                }
            }
        }
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n")
                .append("Run ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memory()).append(", Java ").append(System.getProperty("java.version")).append(".\n")
                .append("Compared variants run interleaved, round by round; figures are medians over rounds. Rows of benchmarks "
                        + "not run this time are kept from the run that measured them.\n\n")
                .append("| benchmark | configuration | median | p99 | ratio | note |\n")
                .append("|---|---|---|---|---|---|\n");
        kept.forEach(line -> out.append(line).append('\n'));
        for (Row row : rows) {
            out.append("| ").append(String.join(" | ", row.benchmark(), row.configuration(), row.median(), row.p99(),
                    row.ratio(), row.note())).append(" |\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f GiB memory", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            return "memory unknown";
        }
        return "memory unknown";
    }
}
