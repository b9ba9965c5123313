package cn.gov.ln.credit.penalty;

import java.time.LocalDate;

/**
 * Filters of a department's incoming case list; null means no filter. {@code openOnly}: parts not yet reported;
 * {@code status} the part's state; {@code from}/{@code to} the day the case reached the department.
 */
public record IncomingQuery(boolean openOnly, PenaltyResponse.ResponseStatus status, String text, LocalDate from,
        LocalDate to) {

    public static final IncomingQuery OPEN = new IncomingQuery(true, null, null, null, null);
}
