package cn.gov.ln.credit.task;

/** Which tasks an officer lists: their own, their post's unclaimed ones in the department, or all (supervisors). */
public enum TaskView {
    MINE, DEPARTMENT, ALL
}
