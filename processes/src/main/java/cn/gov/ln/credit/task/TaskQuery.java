package cn.gov.ln.credit.task;

import cn.gov.ln.credit.filing.FilingRoute;
import java.time.LocalDate;

/**
 * Filters of the task list; null means no filter. {@code text} matches a filing number, subject name or USCC;
 * {@code createdFrom} and {@code createdTo} bound the day the task arrived, both days included.
 */
public record TaskQuery(TaskView view, String matterCode, FilingRoute route, DueFilter due, String text,
        LocalDate createdFrom, LocalDate createdTo, TaskSort sort) {

    public TaskQuery {
        if (sort == null) {
            sort = TaskSort.DEFAULT;
        }
    }

    public TaskQuery(TaskView view, String matterCode, FilingRoute route, DueFilter due, String text) {
        this(view, matterCode, route, due, text, null, null, TaskSort.DEFAULT);
    }

    public static TaskQuery of(TaskView view) {
        return new TaskQuery(view, null, null, null, null);
    }

    public TaskQuery withView(TaskView other) {
        return new TaskQuery(other, matterCode, route, due, text, createdFrom, createdTo, sort);
    }

    public TaskQuery sortedBy(TaskSort other) {
        return new TaskQuery(view, matterCode, route, due, text, createdFrom, createdTo, other);
    }
}
