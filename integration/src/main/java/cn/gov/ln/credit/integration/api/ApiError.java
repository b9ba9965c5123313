package cn.gov.ln.credit.integration.api;

import java.util.List;

/** The body of every API error: the status, a code, a readable message and, for bad input, each field's reason. */
public record ApiError(int status, String error, String message, List<FieldError> violations) {

    public record FieldError(String field, String reason, String message) {
    }
}
