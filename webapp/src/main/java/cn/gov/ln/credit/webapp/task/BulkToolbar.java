package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.task.BulkTaskWork;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Work on the selected tasks at once: claim, release and (supervisors) reassign, each task under the rules of one,
 * with a report of what was done and what was refused.
 */
class BulkToolbar extends HorizontalLayout {

    private final BulkTaskWork bulk;
    private final FilingTaskService tasks;
    private final Supplier<List<TaskItem>> selected;
    private final Runnable done;
    private final Div result = new Div();

    /** {@code done}: deselects and refreshes the list after the work. */
    BulkToolbar(BulkTaskWork bulk, FilingTaskService tasks, boolean supervisor, Supplier<List<TaskItem>> selected,
            Runnable done) {
        this.bulk = bulk;
        this.tasks = tasks;
        this.selected = selected;
        this.done = done;
        Button claim = new Button(getTranslation("tasks.bulk.claim"), e -> run(bulk::claim));
        claim.setId("bulk-claim");
        Button release = new Button(getTranslation("tasks.bulk.release"), e -> run(bulk::release));
        release.setId("bulk-release");
        add(claim, release);
        if (supervisor) {
            Button reassign = new Button(getTranslation("tasks.bulk.reassign"), e -> reassignDialog());
            reassign.setId("bulk-reassign");
            add(reassign);
        }
        getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        result.setId("task-bulk-result");
        add(result);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    }

    private void run(Function<List<String>, List<BulkTaskWork.Outcome>> action) {
        List<TaskItem> chosen = selected.get();
        if (chosen.isEmpty()) {
            UiSupport.error(getTranslation("tasks.bulk.none"));
            return;
        }
        new BulkReport(this, result).show(chosen, action.apply(chosen.stream().map(TaskItem::taskId).toList()));
        done.run();
    }

    private void reassignDialog() {
        List<TaskItem> chosen = selected.get();
        if (chosen.isEmpty()) {
            UiSupport.error(getTranslation("tasks.bulk.none"));
            return;
        }
        List<AccountService.Colleague> candidates;
        try {
            candidates = tasks.candidates(chosen.get(0).taskId());
        } catch (BusinessException e) {
            UiSupport.showError(this, e, Map.of());
            return;
        }
        new ReassignDialog(this, candidates, username -> run(ids -> bulk.reassign(ids, username))).open();
    }
}
