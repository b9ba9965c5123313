package cn.gov.ln.credit.shared;

/**
 * A department system's own reference for what it sends: a repeated call with it returns what the first made.
 * References are unique per department, so the stored key carries the department.
 */
public final class ExternalReference {

    private ExternalReference() {
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
