package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.integration.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a request it refuses before the application sees it: a broken percent-encoding, an
 * encoded slash or NUL) on the machine doors come in the API's error format, naming the address; elsewhere Tomcat's
 * page stays, without its version or a stack trace. Tomcat makes this valve itself, hence the bundle read directly.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri == null || !(uri.startsWith("/api/") || uri.startsWith("/engine-rest/"))
                || response.getStatus() < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        boolean badAddress = status == 400;
        String key = badAddress ? "validation.path" : ApiError.messageKeyFor(status);
        String message = message(key, ApiError.localeOf(request.getHeader("Accept-Language"), request.getLocale()));
        ApiError error = new ApiError(status, ApiError.codeFor(status), message,
                badAddress ? List.of(new ApiError.FieldError("path", key, message)) : List.of());
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(error));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            super.report(request, response, throwable);
        }
    }

    private static String message(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale, JsonErrorReportValve.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
