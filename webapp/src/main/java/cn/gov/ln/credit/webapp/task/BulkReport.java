package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.task.BulkTaskWork;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a bulk action did, task by task: the filing number, and for a refused task the reason in the reader's words. */
class BulkReport {

    private final Component context;
    private final Div target;

    BulkReport(Component context, Div target) {
        this.context = context;
        this.target = target;
    }

    void show(List<TaskItem> tasks, List<BulkTaskWork.Outcome> outcomes) {
        Map<String, TaskItem> byId = tasks.stream().collect(Collectors.toMap(TaskItem::taskId, Function.identity()));
        target.removeAll();
        long done = outcomes.stream().filter(BulkTaskWork.Outcome::done).count();
        target.add(new Div(context.getTranslation("tasks.bulk.summary", done, outcomes.size() - done)));
        for (BulkTaskWork.Outcome outcome : outcomes) {
            String filingNo = byId.get(outcome.taskId()).filingNo();
            Div line = new Div(outcome.done() ? context.getTranslation("tasks.bulk.done", filingNo)
                    : context.getTranslation("tasks.bulk.refused", filingNo, context.getTranslation(
                            outcome.messageKey(), outcome.arguments().toArray())));
            line.getElement().setAttribute("data-outcome", outcome.done() ? "done" : "refused");
            target.add(line);
        }
        if (done == outcomes.size()) {
            UiSupport.success(context.getTranslation("tasks.bulk.summary", done, 0));
        } else {
            UiSupport.error(context.getTranslation("tasks.bulk.summary", done, outcomes.size() - done));
        }
    }
}
