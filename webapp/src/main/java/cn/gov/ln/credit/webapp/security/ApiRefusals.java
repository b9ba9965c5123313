package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.integration.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The security filters' refusals on the machine doors ({@code /api}, {@code /engine-rest}, the webapps' API) in the
 * API's own error shape ({@link ApiError}) and the caller's language, like the controllers' errors.
 */
@Component
public class ApiRefusals {

    private final ObjectMapper json;
    private final MessageSource messages;

    ApiRefusals(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The mapper refusals are written with (Spring Boot's), also for reading the engine's error bodies. */
    ObjectMapper json() {
        return json;
    }

    /** Writes the refusal; {@code field} names the offending part of the request when there is one. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String messageKey, String field) throws IOException {
        write(request, response, status, code, messageKey, field, null);
    }

    /** As above, the engine's own words after the message when it gave some. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
            String messageKey, String field, String detail) throws IOException {
        Locale locale = ApiError.localeOf(request.getHeader("Accept-Language"), request.getLocale());
        String message = messages.getMessage(messageKey, null, messageKey, locale)
                + (detail == null ? "" : " (" + detail + ")");
        ApiError error = new ApiError(status, code, message, field == null ? List.of()
                : List.of(new ApiError.FieldError(field, messageKey, message)));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(error));
    }
}
