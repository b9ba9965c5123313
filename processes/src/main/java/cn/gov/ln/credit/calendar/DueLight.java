package cn.gov.ln.credit.calendar;

import java.time.Instant;

/**
 * The traffic light of a deadline: on time, due soon (before the end of the Nth working day from today), overdue;
 * {@link #NONE} without a deadline. Screens show it as a badge with its text, never by colour alone.
 */
public enum DueLight {
    ON_TIME, DUE_SOON, OVERDUE, NONE;

    /** The light of a deadline at {@code now}, "soon" meaning before {@code soonLimit}. */
    public static DueLight of(Instant due, Instant now, Instant soonLimit) {
        if (due == null) {
            return NONE;
        }
        if (due.isBefore(now)) {
            return OVERDUE;
        }
        return due.isBefore(soonLimit) ? DUE_SOON : ON_TIME;
    }
}
