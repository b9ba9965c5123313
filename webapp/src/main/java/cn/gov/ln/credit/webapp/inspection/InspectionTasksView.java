package cn.gov.ln.credit.webapp.inspection;

import cn.gov.ln.credit.inspection.InspectionResult;
import cn.gov.ln.credit.inspection.InspectionTasks;
import cn.gov.ln.credit.inspection.ResultRecord;
import cn.gov.ln.credit.inspection.TaskView;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** 检查任务: the inspections drawn for the signed-in inspector, and the result of each once done. */
@Route(value = InspectionTasksView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.INSPECTION_INSPECT)
@MenuItem(label = "nav.inspectionTasks", icon = "vaadin:clipboard-check", order = 41, section = "nav.section.credit")
public class InspectionTasksView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "inspection/tasks";

    private final InspectionTasks tasks;
    private final Clock clock;
    private final Checkbox all = new Checkbox();
    private final CardList<TaskView> list;

    public InspectionTasksView(InspectionTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        setWidthFull();
        Paragraph hint = new Paragraph(getTranslation("inspection.tasks.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        all.setLabel(getTranslation("inspection.tasks.showAll"));
        all.setId("inspection-tasks-all");
        list = new CardList<>(this::card);
        list.setEmptyText(getTranslation("inspection.tasks.empty"));
        list.setId("inspection-task-list");
        all.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.inspectionTasks")), hint, all, list);
        refresh();
    }

    private void refresh() {
        boolean openOnly = !all.getValue();
        list.setItems((offset, limit) -> tasks.tasks(openOnly, new PageRequest(offset, limit)),
                () -> tasks.count(openOnly));
    }

    private Component card(TaskView view) {
        RecordCard card = new RecordCard(view.subjectName())
                .fact(getTranslation("inspection.plan.no"), view.planNo() + " " + view.planTitle())
                .fact(getTranslation("portal.uscc"), view.subjectIdentifier())
                .fact(getTranslation("inspection.task.due"), UiSupport.date(view.task().dueOn()))
                .fact(getTranslation("inspection.task.inspectors"),
                        String.join(getTranslation("inspection.task.inspectorSeparator"), view.inspectors()));
        if (view.task().isOpen()) {
            card.status(getTranslation("inspection.task.open"), "");
            Button record = new Button(getTranslation("inspection.task.record"), e -> openRecord(view));
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.setId("inspection-record-" + view.task().id());
            card.action(record);
        } else {
            card.status(UiSupport.label(this, view.task().result()),
                    view.task().result() == InspectionResult.BREACH ? "error" : "success")
                    .fact(getTranslation("inspection.task.inspectedOn"), UiSupport.date(view.task().inspectedOn()))
                    .fact(getTranslation("inspection.task.publishDue"), UiSupport.date(view.task().publishDueOn()));
        }
        return card;
    }

    private void openRecord(TaskView view) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("inspection.task.recordFor", view.subjectName()));
        Select<InspectionResult> result = new Select<>();
        result.setLabel(getTranslation("inspection.task.result"));
        result.setItems(InspectionResult.values());
        result.setItemLabelGenerator(r -> UiSupport.label(this, r));
        result.setId("inspection-result");
        TextArea findings = new TextArea(getTranslation("inspection.task.findings"));
        findings.setMaxLength(2000);
        findings.setWidthFull();
        findings.setId("inspection-findings");
        LocalizedDatePicker inspectedOn = new LocalizedDatePicker(getTranslation("inspection.task.inspectedOn"));
        inspectedOn.setValue(LocalDate.now(clock));
        inspectedOn.setMax(LocalDate.now(clock));
        inspectedOn.setId("inspection-inspected-on");
        Button save = new Button(getTranslation("inspection.task.save"), e -> {
            try {
                tasks.recordResult(view.task().id(), new ResultRecord(result.getValue(), findings.getValue(),
                        inspectedOn.getValue()));
                dialog.close();
                UiSupport.success(getTranslation("inspection.task.recorded"));
                refresh();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.<String, HasValidation>of("result", result, "findings",
                        findings, "inspectedOn", inspectedOn));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("inspection-save");
        Button cancel = new Button(getTranslation("inspection.task.cancel"), e -> dialog.close());
        VerticalLayout body = new VerticalLayout(result, findings, inspectedOn);
        body.setPadding(false);
        dialog.add(body);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inspectionTasks") + " · " + getTranslation("app.title");
    }
}
