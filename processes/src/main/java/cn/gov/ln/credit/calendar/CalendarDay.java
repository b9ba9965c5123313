package cn.gov.ln.credit.calendar;

import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday rule; {@code source} names the notice it comes from. */
public record CalendarDay(LocalDate calendarDate, DayKind kind, String name, String source) {
}
