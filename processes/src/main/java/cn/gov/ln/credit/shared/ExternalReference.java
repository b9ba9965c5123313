package cn.gov.ln.credit.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A department system's own reference for what it sends: a repeated call with it returns what the first made.
 * References are unique per department, so the stored key carries the department.
 */
public final class ExternalReference {

    /** Letters, digits and the separators reference numbers use; no spaces, quotes, markup or control characters. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}");

    private ExternalReference() {
    }

    /** What is wrong with a reference a system sent, if anything; none (null or blank) is fine. */
    public static Optional<FieldViolation> violation(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        if (reference.strip().length() > MAX_LENGTH) {
            return Optional.of(FieldViolation.of("externalReference", "validation.tooLong", MAX_LENGTH));
        }
        return FORM.matcher(reference.strip()).matches() ? Optional.empty()
                : Optional.of(FieldViolation.of("externalReference", "validation.externalReference"));
    }

    /** The idempotency key of a reference sent by a department's system; null when there is none to keep. */
    public static String key(Long departmentId, String reference) {
        String stripped = stripped(reference);
        return stripped == null || departmentId == null ? null : departmentId + ":" + stripped;
    }

    /** The reference as stored: stripped, blank as null. */
    public static String stripped(String reference) {
        return reference == null || reference.isBlank() ? null : reference.strip();
    }
}
