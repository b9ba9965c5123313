package cn.gov.ln.credit.objection;

import java.time.LocalDate;

/** Filters of the officers' objection list; null means no filter. {@code from}/{@code to}: the day submitted. */
public record ObjectionQuery(Objection.ObjectionStatus status, LocalDate from, LocalDate to) {
}
