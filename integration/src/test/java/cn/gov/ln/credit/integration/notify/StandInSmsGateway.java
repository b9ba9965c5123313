package cn.gov.ln.credit.integration.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the provincial SMS gateway on a local port: it keeps the messages it accepted and answers with
 * the statuses queued for it (then 200), so tests can make it fail a few times or be down.
 */
public final class StandInSmsGateway implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Sms(String mobile, String content, String requestId, String key) {
    }

    public final List<Sms> accepted = new CopyOnWriteArrayList<>();
    final Queue<Integer> failures = new ConcurrentLinkedQueue<>();
    final AtomicInteger hits = new AtomicInteger();
    volatile boolean down;
    private final HttpServer server;

    public StandInSmsGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send";
    }

    public List<Sms> to(String mobile) {
        return accepted.stream().filter(s -> s.mobile().equals(mobile)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Integer failure = down ? Integer.valueOf(503) : failures.poll();
        if (failure != null) {
            reply(exchange, failure, "{\"code\":\"BUSY\"}");
            return;
        }
        accepted.add(new Sms(body.path("mobile").asText(), body.path("content").asText(),
                body.path("requestId").asText(), exchange.getRequestHeaders().getFirst("X-Api-Key")));
        reply(exchange, 200, "{\"code\":\"OK\"}");
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
