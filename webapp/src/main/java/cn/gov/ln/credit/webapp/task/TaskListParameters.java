package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.TaskSort;
import cn.gov.ln.credit.task.TaskSortKey;
import cn.gov.ln.credit.task.TaskView;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The task list's filters as the address carries them, so a link, a bookmark and a saved filter are the same thing:
 * {@code tasks?view=mine|department|all&due=overdue|soon|today|none&matter=<code>&route=green|normal|tolerance|
 * restricted&q=<text>&from=<yyyy-mm-dd>&to=<yyyy-mm-dd>&sort=due|created|filing|subject|matter|task&dir=desc&size=50}.
 * A value that is not one of these is ignored, as if the parameter were absent. The officer's completed tasks are
 * {@code tasks?view=done&from=<yyyy-mm-dd>&to=<yyyy-mm-dd>}, the days bounding when they were completed.
 */
record TaskListParameters(TaskView view, boolean done, PermitMatter matter, FilingRoute route, DueFilter due,
        String text, LocalDate from, LocalDate to, TaskSort sort, Integer pageSize) {

    static final String DONE = "done";

    private static final Map<TaskSortKey, String> SORT_NAMES = Map.of(TaskSortKey.DUE, "due", TaskSortKey.CREATED,
            "created", TaskSortKey.FILING_NO, "filing", TaskSortKey.SUBJECT, "subject", TaskSortKey.MATTER, "matter",
            TaskSortKey.TASK_NAME, "task");

    static String sortName(TaskSortKey key) {
        return SORT_NAMES.get(key);
    }

    static TaskListParameters read(QueryParameters parameters, Function<String, Optional<PermitMatter>> matters) {
        Map<String, List<String>> all = parameters.getParameters();
        String matterCode = first(all, "matter");
        TaskSortKey key = SORT_NAMES.entrySet().stream().filter(e -> e.getValue().equals(first(all, "sort")))
                .map(Map.Entry::getKey).findFirst().orElse(TaskSortKey.DUE);
        Integer size = null;
        try {
            size = first(all, "size") == null ? null : Integer.valueOf(first(all, "size"));
        } catch (NumberFormatException e) {
            // ignored like any other value that is not one of the list's
        }
        return new TaskListParameters(named(TaskView.class, first(all, "view")), DONE.equals(first(all, "view")),
                matterCode == null ? null : matters.apply(matterCode).orElse(null),
                named(FilingRoute.class, first(all, "route")), named(DueFilter.class, first(all, "due")),
                first(all, "q"), day(first(all, "from")), day(first(all, "to")),
                new TaskSort(key, "desc".equals(first(all, "dir"))), size);
    }

    /** The query string ("?view=mine&..."), only with the filters that are set. */
    static String queryString(TaskView view, PermitMatter matter, FilingRoute route, DueFilter due, String text,
            LocalDate from, LocalDate to, TaskSort sort, Integer pageSize) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("view", lower(view));
        values.put("due", lower(due));
        values.put("matter", matter == null ? null : matter.code());
        values.put("route", lower(route));
        values.put("q", text == null || text.isBlank() ? null : text.strip());
        values.put("from", from == null ? null : from.toString());
        values.put("to", to == null ? null : to.toString());
        if (!TaskSort.DEFAULT.equals(sort)) {
            values.put("sort", sortName(sort.key()));
            values.put("dir", sort.descending() ? "desc" : null);
        }
        values.put("size", pageSize == null || pageSize == 50 ? null : pageSize.toString());
        // in the contract's order, which QueryParameters does not keep
        String query = values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + encoded(e.getValue()))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The done list's query string, "?view=done&from=...&to=...". */
    static String doneQueryString(LocalDate from, LocalDate to) {
        return "?view=" + DONE + (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String first(Map<String, List<String>> all, String name) {
        List<String> values = all.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
