package cn.gov.ln.credit.shared;

import java.util.List;

/** Input was refused before anything was stored; each violation names its field and the reason. */
public class ValidationException extends BusinessException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super("validation.failed", violations.size());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(FieldViolation violation) {
        this(List.of(violation));
    }

    public static ValidationException of(String field, String messageKey, Object... arguments) {
        return new ValidationException(FieldViolation.of(field, messageKey, arguments));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
