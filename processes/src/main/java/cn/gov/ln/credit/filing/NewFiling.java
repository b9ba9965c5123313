package cn.gov.ln.credit.filing;

/**
 * An application: the matter, the subject (an applicant files for their own; an officer at the window or a
 * department system names it), whether a signed pledge should replace the certificates, and the caller's own
 * reference (a repeated call with it returns the same filing).
 */
public record NewFiling(String matterCode, String subjectIdentifier, boolean inLieuRequested, String pledgeCode,
        String externalReference) {
}
