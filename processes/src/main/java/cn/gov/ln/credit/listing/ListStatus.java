package cn.gov.ln.credit.listing;

public enum ListStatus {
    ACTIVE,
    LIFTED,
    EXPIRED,
    /** Withdrawn after an objection: it should never have been recorded. */
    REVOKED
}
