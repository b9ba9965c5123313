package cn.gov.ln.credit.webapp;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application ({@code target/credit-webapp.jar}) as its own operating-system process on PostgreSQL,
 * for tests that kill it: started in a working directory of its own, ready when its health endpoint answers,
 * killed with SIGKILL ({@link Process#destroyForcibly()}), started again on the same database.
 */
final class AppProcess implements AutoCloseable {

    private final Path workDir;
    private final String databaseUrl;
    private final List<String> extra;
    private final int port;
    private Process process;
    private int starts;

    AppProcess(Path workDir, String databaseUrl, String... extra) throws IOException {
        this.workDir = Files.createDirectories(workDir);
        this.databaseUrl = databaseUrl;
        this.extra = List.of(extra);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Starts the application and waits until it serves; returns the seconds it took. */
    double start() throws IOException {
        Path jar = Paths.get("target", "credit-webapp.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("package the webapp first: " + jar);
        }
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + System.getProperty("it.postgres.user", "postgres"),
                "--credit.demo.enabled=true", "--credit.demo.subjects=500", "--credit.seal.keystore=./data/seal.p12",
                "--credit.seal.password=demo-seal-password", "--credit.seal.generate-if-missing=true"));
        command.addAll(extra);
        Path log = workDir.resolve("application-" + (++starts) + ".log");
        long begun = System.nanoTime();
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Waiting.upTo(Duration.ofMinutes(3), Duration.ofMillis(500)).until(() -> healthy(client, log));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the application did not start in 3 minutes; see " + log, e);
        }
        return (System.nanoTime() - begun) / 1e9;
    }

    /** Whether the started application serves; a process that stopped fails the wait at once. */
    private boolean healthy(HttpClient client, Path log) throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("the application stopped; see " + log);
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> health = client.send(request, HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
