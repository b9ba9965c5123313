package cn.gov.ln.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * README command 1 as a user meets it: the product's jar started in an empty directory on its embedded H2 with the
 * demo data, timed to the first page served ({@code /login}) and to the demo data in place; then the resident memory
 * once an intake officer has signed in and opened the task list and the filings; then a second start on the kept
 * data. No {@code -Xmx}: the JVM's own default, as a user would run it.
 */
final class StartupBenchmark {

    private final Path jar;
    private final int rounds;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    StartupBenchmark(Path jar, int rounds) {
        this.jar = jar.toAbsolutePath();
        this.rounds = rounds;
    }

    void run(Results results) throws Exception {
        List<Double> firstPage = new ArrayList<>();
        List<Double> demoReady = new ArrayList<>();
        List<Double> firstRss = new ArrayList<>();
        List<Double> secondPage = new ArrayList<>();
        List<Double> secondRss = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("credit-bench-startup");
            int port = freePort();
            long begun = System.nanoTime();
            Process process = start(dir, port, "first-" + round);
            try {
                firstPage.add(awaitPage(process, port, begun));
                awaitDemo(port);
                demoReady.add((System.nanoTime() - begun) / 1e9);
                use(port);
                firstRss.add(rssMb(process));
            } finally {
                stop(process);
            }
            begun = System.nanoTime();
            process = start(dir, port, "second-" + round);
            try {
                secondPage.add(awaitPage(process, port, begun));
                use(port);
                secondRss.add(rssMb(process));
            } finally {
                stop(process);
                deleteTree(dir);
            }
            System.out.printf("start-up round %d: first page %.1f s, demo data %.1f s, %.0f MB; second start %.1f s, "
                    + "%.0f MB%n", round, firstPage.get(round - 1), demoReady.get(round - 1), firstRss.get(round - 1),
                    secondPage.get(round - 1), secondRss.get(round - 1));
        }
        String note = rounds + " rounds; H2 file in an empty directory, demo data of 10,000 subjects";
        results.add("start-up: first page served", "empty ./data", seconds(Results.median(firstPage)),
                seconds(max(firstPage)) + " (slowest)", "", note);
        results.add("start-up: demo data in place", "empty ./data", seconds(Results.median(demoReady)),
                seconds(max(demoReady)) + " (slowest)", "", "demo filings checked and routed by the job executor");
        results.add("start-up: first page served", "data kept", seconds(Results.median(secondPage)),
                seconds(max(secondPage)) + " (slowest)", String.format("%.2f× empty", Results.median(secondPage)
                        / Results.median(firstPage)), note);
        results.add("resident memory after sign-in, /tasks, /filings", "empty ./data",
                String.format("%.0f MB", Results.median(firstRss)), String.format("%.0f MB (largest)", max(firstRss)),
                "", "no -Xmx; VmRSS of the process");
        results.add("resident memory after sign-in, /tasks, /filings", "data kept",
                String.format("%.0f MB", Results.median(secondRss)), String.format("%.0f MB (largest)", max(secondRss)),
                "", "no -Xmx; VmRSS of the process");
    }

    private Process start(Path dir, int port, String name) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--server.port=" + port).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private double awaitPage(Process process, int port, long begun) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the product stopped while starting");
            }
            try {
                if (get(port, "/login", "Accept", "text/html").statusCode() == 200) {
                    return (System.nanoTime() - begun) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the product did not serve a page in 5 minutes");
    }

    /** The demo is in place once the job executor has pushed its penalty case to the market regulator. */
    private void awaitDemo(int port) throws Exception {
        String client = "Basic " + HttpHeaders.encodeBasicAuth("api-market", "Demo@2026", StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> cases = get(port, "/api/v1/penalty-cases", "Authorization", client);
            if (cases.statusCode() == 200 && cases.body().contains("\"id\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the demo data did not arrive in 5 minutes");
    }

    private void use(int port) throws Exception {
        String session = login(port);
        for (String page : List.of("/tasks", "/filings", "/")) {
            get(port, page, "Cookie", "CREDIT_SESSION=" + session);
        }
    }

    private String login(int port) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(port, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=intake&password=Demo@2026")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("CREDIT_SESSION="))
                .map(c -> c.substring("CREDIT_SESSION=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }

    private HttpResponse<String> get(int port, String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(port, path)).timeout(Duration.ofSeconds(30)).header(header, value)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static double rssMb(Process process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static String seconds(double value) {
        return String.format("%.1f s", value);
    }
}
