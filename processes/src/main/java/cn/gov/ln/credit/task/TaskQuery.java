package cn.gov.ln.credit.task;

import cn.gov.ln.credit.filing.FilingRoute;

/** Filters of the task list; null means no filter. {@code text} matches a filing number, subject name or USCC. */
public record TaskQuery(TaskView view, String matterCode, FilingRoute route, DueFilter due, String text) {

    public static TaskQuery of(TaskView view) {
        return new TaskQuery(view, null, null, null, null);
    }
}
