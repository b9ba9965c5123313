package cn.gov.ln.credit.identifier;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A subject's identifier as callers send it: a USCC or a citizen ID. A registered subject is found by whatever it
 * was registered with (the allow-list keeps early codes with a wrong check character); an identifier that names no
 * subject is either malformed, which is the caller's error and names the field, or well formed and unknown.
 */
public final class SubjectIdentifiers {

    /** The reason for a well-formed identifier that no registered subject has. */
    public static final String NOT_REGISTERED = "validation.subject.notRegistered";

    private static final Pattern CITIZEN_SHAPE = Pattern.compile("\\d{17}[\\dXx]");

    private SubjectIdentifiers() {
    }

    /**
     * The message key of what is wrong with the identifier's form, if anything. Which kind it is follows from which
     * check passes (GB 32100 for a USCC, GB 11643 for a citizen ID), not from its characters: a USCC may be all
     * digits. When neither passes, the reason given is that of the kind its shape suggests.
     */
    public static Optional<String> problem(String identifier, LocalDate today) {
        IdentifierCheck uscc = Uscc.check(identifier);
        if (uscc.isValid()) {
            return Optional.empty();
        }
        if (identifier != null && CITIZEN_SHAPE.matcher(identifier).matches()) {
            IdentifierCheck check = CitizenId.check(identifier, today);
            return check.isValid() ? Optional.empty() : Optional.of("validation.citizenId." + check.name());
        }
        return Optional.of("validation.uscc." + uscc.name());
    }

    /**
     * Why an identifier in a request body found no subject, as a violation of {@code field}: missing (required),
     * malformed (the check that failed), or well formed and not registered: three answers, never one "not found".
     * An early code on the allow-list is legal, so it is well formed whatever its check character.
     */
    public static FieldViolation violation(String field, String identifier, LocalDate today, boolean allowListed) {
        if (identifier == null || identifier.isBlank()) {
            return FieldViolation.of(field, "validation.required");
        }
        return FieldViolation.of(field, allowListed ? NOT_REGISTERED
                : problem(identifier, today).orElse(NOT_REGISTERED));
    }

    /** The exception for an identifier that found no subject: a 400 on the field when malformed, else not found. */
    public static BusinessException unknown(String field, String identifier, LocalDate today, boolean allowListed) {
        FieldViolation violation = violation(field, identifier, today, allowListed);
        return violation.messageKey().equals(NOT_REGISTERED)
                ? new NotFoundException("subject", identifier) : new ValidationException(violation);
    }
}
