package cn.gov.ln.credit.filing;

/** Filters of the officers' filing list; null means no filter. */
public record FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route) {

    public static final FilingQuery ALL = new FilingQuery(null, null, null, null);
}
