package cn.gov.ln.credit.task;

/**
 * Tasks past their due time, due within the next few working days (not yet overdue), due today, or without a due
 * date. "Soon" is {@link cn.gov.ln.credit.calendar.DueLights}' rule.
 */
public enum DueFilter {
    OVERDUE, SOON, TODAY, NONE
}
