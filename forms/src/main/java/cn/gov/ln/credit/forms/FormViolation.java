package cn.gov.ln.credit.forms;

import java.util.List;

/** One submitted value the schema refuses; {@code reason} is a message key of the validation bundle. */
public record FormViolation(String field, String reason, List<Object> arguments) {

    public FormViolation {
        arguments = List.copyOf(arguments);
    }

    static FormViolation of(String field, String reason, Object... arguments) {
        return new FormViolation(field, reason, List.of(arguments));
    }
}
