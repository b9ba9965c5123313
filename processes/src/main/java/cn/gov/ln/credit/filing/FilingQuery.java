package cn.gov.ln.credit.filing;

import java.time.LocalDate;

/**
 * Filters of the officers' filing list; null means no filter. {@code from} and {@code to} bound the day received,
 * or with {@code day} {@link FilingDay#DECIDED} the day decided. {@code decision}: the decision taken, whatever
 * happened after (a permit approved and later revoked was approved). {@code inLieu} true: filings granted approval
 * in lieu of certificates (a pledge replaced them); false: the others, never granted it. The approval dashboard
 * counts its approvals and its share on a pledge the same way, by the day decided.
 */
public record FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route, LocalDate from,
        LocalDate to, Boolean inLieu, Decision decision, FilingDay day) {

    public static final FilingQuery ALL = new FilingQuery(null, null, null, null, null, null, null, null, null);

    public FilingQuery {
        day = day == null ? FilingDay.RECEIVED : day;
    }

    public FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route, LocalDate from,
            LocalDate to, Boolean inLieu) {
        this(text, status, matterCode, route, from, to, inLieu, null, null);
    }

    public FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route, LocalDate from,
            LocalDate to) {
        this(text, status, matterCode, route, from, to, null, null, null);
    }

    public FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route) {
        this(text, status, matterCode, route, null, null, null, null, null);
    }
}
