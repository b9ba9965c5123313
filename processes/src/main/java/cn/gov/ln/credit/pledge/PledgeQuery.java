package cn.gov.ln.credit.pledge;

/** Filters of the officers' pledge list; null means no filter. */
public record PledgeQuery(String text, PledgeStatus status, String matterCode) {

    public static final PledgeQuery ALL = new PledgeQuery(null, null, null);
}
