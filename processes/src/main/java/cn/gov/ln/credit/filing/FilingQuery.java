package cn.gov.ln.credit.filing;

import java.time.LocalDate;

/** Filters of the officers' filing list; null means no filter. {@code from} and {@code to} bound the day received. */
public record FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route, LocalDate from,
        LocalDate to) {

    public static final FilingQuery ALL = new FilingQuery(null, null, null, null, null, null);

    public FilingQuery(String text, FilingStatus status, String matterCode, FilingRoute route) {
        this(text, status, matterCode, route, null, null);
    }
}
