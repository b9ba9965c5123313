package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.integration.api.ApiError;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Holds back an error answer of the engine's REST API and gives it in the API's error format instead of the engine's
 * ({@code {"type", "message"}}); a request that is merely wrong gets a 4xx even where the engine says 500 (it answers
 * "No job found with id" with 500). A successful answer passes through untouched and unbuffered.
 */
final class EngineErrors extends HttpServletResponseWrapper {

    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i).*\\b(?:no .{1,80} found|not found|does not exist|doesn't exist|cannot be found)\\b.*",
            Pattern.DOTALL);
    /** The engine's exceptions that mean the request was wrong; a body missing a field ends in a null pointer there. */
    private static final Pattern CLIENT_ERRORS = Pattern.compile(
            "InvalidRequestException|BadUserRequestException|NotFoundException|NullValueException|NotValidException"
                    + "|JsonParseException|JsonMappingException|MismatchingMessageCorrelationException"
                    + "|NullPointerException");

    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    EngineErrors(HttpServletResponse response) {
        super(response);
    }

    private boolean holding() {
        return getStatus() >= 400;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    held.write(b);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holding()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        if (!holding()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!holding()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setHeader(String name, String value) {
        if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!(holding() && "Content-Length".equalsIgnoreCase(name))) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding()) {
            super.flushBuffer();
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        setStatus(status);
    }

    /** Writes the held error, if there is one, in the API's format. */
    void finish(HttpServletRequest request, ApiRefusals refusals) throws IOException {
        if (!holding() || isCommitted()) {
            return;
        }
        if (writer != null) {
            writer.flush();
        }
        String type = "";
        String message = "";
        try {
            JsonNode body = refusals.json().readTree(held.toByteArray());
            if (body != null) {
                type = body.path("type").asText("");
                message = body.path("message").asText("");
            }
        } catch (IOException notJson) {
            // Jersey's own refusals come without a body; the status says enough.
        }
        int status = getStatus();
        if (status == 404 || NOT_FOUND.matcher(message).matches()) {
            status = 404;
        } else if (status >= 500 && CLIENT_ERRORS.matcher(type).matches()) {
            status = 400;
        }
        resetBuffer();
        ((HttpServletResponse) getResponse()).setContentLengthLong(-1);
        refusals.write(request, (HttpServletResponse) getResponse(), status, ApiError.codeFor(status),
                ApiError.messageKeyFor(status), null,
                message.isEmpty() ? null : message);
    }
}
