package cn.gov.ln.credit.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The violations of one command: first what its constraints refuse ({@link Constraints}), then what the service
 * finds with state (a subject not registered, a matter not handled, a pledge not in force). One reason per field:
 * a field its constraints already refused is not looked up again.
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    private Violations() {
    }

    /** Starts with what the command's constraints refuse. */
    public static Violations of(Object command) {
        Violations violations = new Violations();
        violations.found.addAll(Constraints.violations(command));
        return violations;
    }

    /** Whether the field is still unrefused, so that its state may be checked. */
    public boolean clear(String field) {
        return found.stream().noneMatch(v -> v.field().equals(field));
    }

    public Violations add(FieldViolation violation) {
        if (clear(violation.field())) {
            found.add(violation);
        }
        return this;
    }

    public Violations add(String field, String messageKey, Object... arguments) {
        return add(FieldViolation.of(field, messageKey, arguments));
    }

    public Violations add(Optional<FieldViolation> violation) {
        violation.ifPresent(this::add);
        return this;
    }

    public Violations addAll(List<FieldViolation> violations) {
        violations.forEach(this::add);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the command when anything was found; nothing has been stored yet. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
