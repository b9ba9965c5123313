package cn.gov.ln.credit.task;

/**
 * How the task list is ordered: one column, ascending or descending, then the arrival and the task id so that
 * pages never overlap. The default is the most urgent first.
 */
public record TaskSort(TaskSortKey key, boolean descending) {

    public static final TaskSort DEFAULT = new TaskSort(TaskSortKey.DUE, false);

    public TaskSort {
        if (key == null) {
            key = TaskSortKey.DUE;
        }
    }

    public static TaskSort ascending(TaskSortKey key) {
        return new TaskSort(key, false);
    }

    public static TaskSort descending(TaskSortKey key) {
        return new TaskSort(key, true);
    }
}
