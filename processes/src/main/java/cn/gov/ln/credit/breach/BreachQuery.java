package cn.gov.ln.credit.breach;

import java.time.LocalDate;

/** Filters of the officers' breach list; null or blank means no filter. {@code from}/{@code to}: the day raised. */
public record BreachQuery(String status, String text, LocalDate from, LocalDate to) {

    public BreachQuery(String status, String text) {
        this(status, text, null, null);
    }
}
