package cn.gov.ln.credit.task;

/**
 * The columns the task list sorts by; each maps to a fixed SQL expression in {@code TaskMapper.xml}, so a caller
 * picks one of these and never writes SQL.
 */
public enum TaskSortKey {
    DUE, CREATED, FILING_NO, SUBJECT, MATTER, TASK_NAME
}
