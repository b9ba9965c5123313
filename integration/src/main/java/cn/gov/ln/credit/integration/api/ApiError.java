package cn.gov.ln.credit.integration.api;

import java.util.List;
import java.util.Locale;

/** The body of every API error: the status, a code, a readable message and, for bad input, each field's reason. */
public record ApiError(int status, String error, String message, List<FieldError> violations) {

    public record FieldError(String field, String reason, String message) {
    }

    /** The code of an answer known only by its status (refused before or outside a controller). */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "validation";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 429 -> "too_many_requests";
            default -> status < 500 ? "refused" : "internal";
        };
    }

    /** The message key of such an answer. */
    public static String messageKeyFor(int status) {
        return switch (status) {
            case 401 -> "error.unauthorized";
            case 403 -> "error.accessDenied";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 429 -> "error.tooManyAttempts";
            default -> status < 500 ? "validation.failed" : "error.unexpected";
        };
    }

    /** The caller's language: what {@code Accept-Language} asks for, Simplified Chinese when it asks nothing. */
    public static Locale localeOf(String acceptLanguage, Locale requested) {
        return acceptLanguage == null ? Locale.SIMPLIFIED_CHINESE : requested;
    }
}
