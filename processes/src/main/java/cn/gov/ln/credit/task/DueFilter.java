package cn.gov.ln.credit.task;

/** Tasks past their due time, due today, or without a due date. */
public enum DueFilter {
    OVERDUE, TODAY, NONE
}
