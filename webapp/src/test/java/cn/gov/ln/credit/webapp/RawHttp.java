package cn.gov.ln.credit.webapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so tests can send request targets exactly as written ({@code /;/x}, {@code ..;/},
 * {@code %2e}, double slashes): client libraries would normalise or refuse them.
 */
public final class RawHttp {

    private final int port;
    private final String from;

    public RawHttp(int port) {
        this(port, null);
    }

    /** Calls from another loopback address (127.0.0.2, ...), as a client or proxy the server does not trust. */
    public RawHttp(int port, String from) {
        this.port = port;
        this.from = from;
    }

    public Response get(String target, String... headers) {
        return send("GET", target, null, null, headers);
    }

    public Response postForm(String target, String form, String... headers) {
        return send("POST", target, "application/x-www-form-urlencoded", form, headers);
    }

    public Response send(String method, String target, String contentType, String body, String... headers) {
        return sendBytes(method, target, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    /** A multipart/form-data POST of one file in the part {@code field}, and text parts. */
    public Response postFile(String target, String field, String fileName, byte[] file, Map<String, String> texts,
            String... headers) {
        String boundary = "----credit-test-boundary-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        texts.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendBytes("POST", target, "multipart/form-data; boundary=" + boundary, body.toByteArray(), headers);
    }

    public Response sendBytes(String method, String target, String contentType, byte[] body, String... headers) {
        try (Socket socket = from == null ? new Socket("127.0.0.1", port)
                : new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(30_000);
            byte[] payload = body == null ? new byte[0] : body;
            StringBuilder request = new StringBuilder()
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n")
                    .append("Connection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            if (contentType != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Length: ").append(payload.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return Response.parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String basic(String username, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String cookie(String session) {
        return "Cookie: CREDIT_SESSION=" + session;
    }

    /** Signs in through the login form and returns the new session id. */
    public String login(String username, String password) {
        Response page = get("/login");
        String before = page.cookie("CREDIT_SESSION");
        Response result = postForm("/login", "username=" + username + "&password=" + password,
                before == null ? new String[0] : new String[] {cookie(before)});
        String after = result.cookie("CREDIT_SESSION");
        if (result.status() != 302 || after == null || result.header("Location").contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + result.status() + " "
                    + result.header("Location"));
        }
        return after;
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public String cookie(String name) {
            for (String setCookie : headers("Set-Cookie")) {
                if (setCookie.startsWith(name + "=")) {
                    return setCookie.substring(name.length() + 1, setCookie.indexOf(';') < 0 ? setCookie.length()
                            : setCookie.indexOf(';'));
                }
            }
            return null;
        }

        static Response parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
                }
            }
            byte[] bodyBytes = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(String.join(",", headers.getOrDefault("transfer-encoding", List.of())))) {
                bodyBytes = dechunk(bodyBytes);
            }
            return new Response(status, headers, new String(bodyBytes, StandardCharsets.UTF_8));
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int position = 0;
            while (position < chunked.length) {
                int lineEnd = indexOf(chunked, position);
                if (lineEnd < 0) {
                    break;
                }
                String sizeLine = new String(chunked, position, lineEnd - position, StandardCharsets.ISO_8859_1);
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, size);
                position = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }

        private static int indexOf(byte[] data, int from) {
            for (int i = from; i < data.length - 1; i++) {
                if (data[i] == '\r' && data[i + 1] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }
}
