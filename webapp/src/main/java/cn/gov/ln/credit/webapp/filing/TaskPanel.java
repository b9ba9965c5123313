package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskDetail;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.webapp.form.RenderedForm;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;

/**
 * One open task of the filing: who holds it and by when, claim / release / reassign, and — for whoever may
 * complete it — its form, rendered from the deployed schema and checked again by the service on submit.
 */
class TaskPanel extends VerticalLayout {

    private final FilingTaskService tasks;
    private final Runnable changed;

    TaskPanel(FilingTaskService tasks, TaskDetail detail, AccessGuard guard, Runnable changed) {
        this.tasks = tasks;
        this.changed = changed;
        TaskItem task = detail.item();
        Actor actor = guard.current();
        addClassName("task-panel");
        setId("task-" + task.taskKey());
        String holder = task.assignee() == null ? getTranslation("tasks.unclaimed")
                : getTranslation("tasks.heldBy", "system".equals(task.assignee()) ? getTranslation("tasks.system")
                        : tasks.holderName(task.assignee()));
        Span meta = new Span(holder + (task.dueAt() == null ? "" : " · " + getTranslation("tasks.dueBy",
                UiSupport.dateTime(task.dueAt()).substring(0, 16))));
        meta.addClassName("hit-basis");
        add(new H3(task.name()), meta);
        boolean mine = actor.username().equals(task.assignee());
        boolean candidate = detail.candidateRoles().stream().anyMatch(actor::hasRole);
        HorizontalLayout actions = new HorizontalLayout();
        if (task.assignee() == null && candidate) {
            actions.add(button("tasks.claim", "task-claim", () -> tasks.claim(task.taskId())));
        }
        boolean staff = guard.isPermitted(Permissions.TASK_WORK);
        if (task.assignee() != null && staff && (mine || guard.isPermitted(Permissions.TASK_SUPERVISE))) {
            actions.add(button("tasks.release", "task-release", () -> tasks.release(task.taskId())));
        }
        if (guard.isPermitted(Permissions.TASK_SUPERVISE)) {
            Button reassign = new Button(getTranslation("tasks.reassign"), VaadinIcon.USER_CHECK.create(),
                    e -> reassign(task));
            reassign.setId("task-reassign");
            actions.add(reassign);
        }
        add(actions);
        if (mine || task.assignee() == null && candidate) {
            RenderedForm form = new RenderedForm(detail.form(), detail.readOnlyValues());
            Button submit = new Button(getTranslation("tasks.complete"), VaadinIcon.CHECK.create());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("task-complete");
            submit.addClickListener(e -> {
                try {
                    tasks.complete(task.taskId(), form.values());
                    UiSupport.success(getTranslation("tasks.completed", task.name()));
                    changed.run();
                } catch (BusinessException error) {
                    UiSupport.showError(this, error, form.validationTargets());
                }
            });
            add(form, submit);
        }
    }

    private Button button(String label, String id, Runnable action) {
        Button button = new Button(getTranslation(label), e -> {
            try {
                action.run();
                changed.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of());
            }
        });
        button.setId(id);
        return button;
    }

    private void reassign(TaskItem task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tasks.reassign"));
        ComboBox<AccountService.Colleague> to = new ComboBox<>(getTranslation("tasks.reassignTo"));
        to.setItems(tasks.candidates(task.taskId()));
        to.setItemLabelGenerator(c -> c.displayName() + "（" + c.username() + "）");
        to.setWidth("22rem");
        to.setId("reassign-to");
        Button ok = new Button(getTranslation("common.confirm"), e -> {
            if (to.getValue() == null) {
                return;
            }
            try {
                tasks.reassign(task.taskId(), to.getValue().username());
                dialog.close();
                changed.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("assignee", to));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("reassign-confirm");
        dialog.add(to);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
