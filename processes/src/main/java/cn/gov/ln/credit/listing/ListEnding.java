package cn.gov.ln.credit.listing;

/**
 * Why a list entry stopped: its period ran out, a repair was granted, or an objection revoked it; a red entry also
 * when its subject became ineligible (a serious-dishonesty listing) or an officer removed it with a reason.
 */
public enum ListEnding {
    EXPIRED(ListStatus.EXPIRED),
    REPAIRED(ListStatus.LIFTED),
    REVOKED(ListStatus.REVOKED),
    /** A red entry whose subject was put on the serious-dishonesty list. */
    INELIGIBLE(ListStatus.LIFTED),
    /** A red entry an officer removed, with the reason. */
    REMOVED(ListStatus.LIFTED);

    private final ListStatus status;

    ListEnding(ListStatus status) {
        this.status = status;
    }

    public ListStatus status() {
        return status;
    }
}
