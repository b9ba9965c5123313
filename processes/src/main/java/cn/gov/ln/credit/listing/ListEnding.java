package cn.gov.ln.credit.listing;

/** Why a list entry stopped: its period ran out, a repair was granted, or an objection revoked it. */
public enum ListEnding {
    EXPIRED(ListStatus.EXPIRED),
    REPAIRED(ListStatus.LIFTED),
    REVOKED(ListStatus.REVOKED);

    private final ListStatus status;

    ListEnding(ListStatus status) {
        this.status = status;
    }

    public ListStatus status() {
        return status;
    }
}
