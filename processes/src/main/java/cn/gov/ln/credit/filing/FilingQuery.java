package cn.gov.ln.credit.filing;

import java.time.LocalDate;

/**
 * Filters of the officers' filing list; null means no filter. {@code from} and {@code to} bound the day received.
 * {@code inLieu} true: filings granted approval in lieu of certificates (a pledge replaced them); false: the others,
 * never granted it. The approval dashboard's share of approvals on a pledge counts the same way.
 */
public record FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route, LocalDate from,
        LocalDate to, Boolean inLieu) {

    public static final FilingQuery ALL = new FilingQuery(null, null, null, null, null, null, null);

    public FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route, LocalDate from,
            LocalDate to) {
        this(text, status, matterCode, route, from, to, null);
    }

    public FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route) {
        this(text, status, matterCode, route, null, null, null);
    }
}
