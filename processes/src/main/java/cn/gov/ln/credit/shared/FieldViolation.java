package cn.gov.ln.credit.shared;

import java.util.List;

/**
 * One reason why one input field was refused. {@code field} is the name the caller used (form field or
 * JSON property); {@code messageKey} resolves in the {@code i18n/messages} bundle.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) {

    public FieldViolation {
        arguments = List.copyOf(arguments);
    }

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }
}
