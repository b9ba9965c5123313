package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.substitution.Absence;
import cn.gov.ln.credit.substitution.Substitutions;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.task.TaskRow;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The marks of the task list's rows: "代 A" on a task offered through a substitution for A, "督办" on a filing under
 * supervision. Read a page at a time, before the grid renders it; the pages read so far keep theirs.
 */
class TaskMarks {

    private final Substitutions substitutions;
    private final SupervisionQueries supervisions;
    private final AccessGuard guard;
    private final Map<String, Absence> offeredThrough = new HashMap<>();
    private final Set<Long> supervised = new HashSet<>();

    TaskMarks(Substitutions substitutions, SupervisionQueries supervisions, AccessGuard guard) {
        this.substitutions = substitutions;
        this.supervisions = supervisions;
        this.guard = guard;
    }

    void clear() {
        offeredThrough.clear();
        supervised.clear();
    }

    List<TaskRow> read(List<TaskRow> page) {
        Map<String, String> assignees = new HashMap<>();
        page.forEach(r -> assignees.put(r.item().taskId(), r.item().assignee()));
        offeredThrough.putAll(substitutions.offeredThrough(guard.current(), assignees));
        supervised.addAll(supervisions.supervisedFilings(page.stream().map(r -> r.item().filingId()).toList()));
        return page;
    }

    Component of(Component context, TaskItem task) {
        HorizontalLayout marks = new HorizontalLayout();
        marks.setSpacing(false);
        Absence absence = offeredThrough.get(task.taskId());
        if (absence != null) {
            Span mark = UiSupport.badge(context.getTranslation("delegation.actingFor", absence.displayName()),
                    "contrast");
            mark.setId("acting-for-" + task.filingNo());
            marks.add(mark);
        }
        if (supervised.contains(task.filingId())) {
            Span mark = UiSupport.badge(context.getTranslation("supervision.badge"), "error");
            mark.setId("supervised-" + task.filingNo());
            marks.add(mark);
        }
        return marks;
    }
}
