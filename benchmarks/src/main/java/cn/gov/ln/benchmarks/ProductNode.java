package cn.gov.ln.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The product's jar running on one database, on a free port, logging to a file. */
final class ProductNode {
    final Database database;
    final Process process;
    final int port;
    final Path log;
    final AtomicInteger used = new AtomicInteger();
    List<String> subjects;

    private ProductNode(Database database, Process process, int port, Path log) {
        this.database = database;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ProductNode start(Path jar, Database database) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("credit-bench-node", ".log");
        Path seal = Files.createTempDirectory("credit-bench-seal").resolve("seal.p12");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=", "--credit.demo.enabled=true", "--credit.demo.subjects=3000",
                "--credit.seal.keystore=" + seal, "--credit.seal.password=bench",
                "--credit.seal.generate-if-missing=true", "--logging.level.root=warn").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        System.out.println("Started the product on " + database.name() + " at port " + port + ", log " + log);
        return new ProductNode(database, process, port, log);
    }

    /** The process's resident memory (VmRSS), in MB. */
    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    void awaitHealthy(HttpClient http) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the product stopped on " + database.name() + "; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the product did not start on " + database.name() + "; see " + log);
    }

    void stop() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
