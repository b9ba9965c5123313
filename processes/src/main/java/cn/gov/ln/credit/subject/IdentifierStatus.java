package cn.gov.ln.credit.subject;

/** How the subject's identifier passed its check. */
public enum IdentifierStatus {
    /** The check character is right. */
    VALID,
    /** The check failed, and an administrator allow-listed the code as a legal early code. */
    ALLOW_LISTED
}
