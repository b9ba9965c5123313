package cn.gov.ln.credit.penalty;

import java.time.LocalDate;

/**
 * Filters of the case lists; null means no filter. {@code openOnly}: cases or parts not yet done; {@code status}
 * the case's state; {@code departmentId} cases that reach that department; {@code from}/{@code to} the day initiated.
 */
public record PenaltyQuery(boolean openOnly, PenaltyAction action, String text, PenaltyCase.CaseStatus status,
        Long departmentId, LocalDate from, LocalDate to) {

    public PenaltyQuery(boolean openOnly, PenaltyAction action, String text) {
        this(openOnly, action, text, null, null, null, null);
    }
}
