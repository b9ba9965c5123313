package cn.gov.ln.credit.dashboard;

/** An officer's own work: open tasks held, those due within the due-soon period, those overdue, done this week. */
public record OfficerFigures(long openTasks, long dueSoon, long overdue, long doneThisWeek) {
}
