package cn.gov.ln.credit.webapp.incentive;

import cn.gov.ln.credit.incentive.IncentivePartStatus;
import cn.gov.ln.credit.incentive.IncentiveQueries;
import cn.gov.ln.credit.incentive.IncentiveResponses;
import cn.gov.ln.credit.incentive.IncomingIncentive;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * A department's own parts of joint incentive cases (待办激励): the red-listed subject, the measures asked of the
 * department, the deadline of the current step; the liaison responds (applied, or why not) and then reports the
 * feedback (result and times applied).
 */
@Route(value = IncentivePartsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.INCENTIVE_RESPOND)
@MenuItem(label = "nav.incentiveParts", icon = "vaadin:gift", order = 2, section = "nav.section.work")
public class IncentivePartsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "incentive-parts";

    private final IncentiveQueries cases;
    private final IncentiveResponses responses;
    private final Grid<IncomingIncentive> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();
    private final Span total = new Span();

    public IncentivePartsView(IncentiveQueries cases, IncentiveResponses responses) {
        this.cases = cases;
        this.responses = responses;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("incentive.parts.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        openOnly.setLabel(getTranslation("incentive.openOnly"));
        openOnly.setValue(true);
        openOnly.setId("incentive-parts-open");
        openOnly.addValueChangeListener(e -> refresh());
        total.setId("incentive-parts-total");
        HorizontalLayout tools = new HorizontalLayout(openOnly, total);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(c -> c.incentiveCase().caseNo()).setHeader(getTranslation("incentive.caseNo"))
                .setAutoWidth(true);
        grid.addColumn(IncomingIncentive::subjectName).setHeader(getTranslation("redList.subject")).setFlexGrow(2);
        grid.addColumn(IncomingIncentive::listingReason).setHeader(getTranslation("listing.reason")).setFlexGrow(2);
        grid.addColumn(this::measures).setHeader(getTranslation("incentive.measures"))
                .setTooltipGenerator(this::measures).setFlexGrow(3);
        grid.addColumn(this::dueText).setHeader(getTranslation("incentive.due")).setAutoWidth(true);
        grid.addComponentColumn(c -> UiSupport.badge(UiSupport.label(this, c.part().status())
                + (c.overdue() ? " · " + getTranslation("incentive.overdue") : ""), c.overdue() ? "error" : ""))
                .setHeader(getTranslation("listing.status")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("incentive-parts-grid");
        add(new H2(getTranslation("nav.incentiveParts")), hint, tools, grid);
        refresh();
    }

    private void refresh() {
        boolean open = openOnly.getValue();
        grid.setItems(q -> cases.incoming(open, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) cases.countIncoming(open));
        total.setText(getTranslation("common.total", cases.countIncoming(open)));
    }

    private String dueText(IncomingIncentive c) {
        LocalDate due = switch (c.part().status()) {
            case PENDING -> c.incentiveCase().responseDueOn();
            case RESPONDED -> c.incentiveCase().feedbackDueOn();
            case REPORTED, WITHDRAWN -> null;
        };
        return due == null ? "" : UiSupport.date(due);
    }

    private Component action(IncomingIncentive c) {
        long id = c.incentiveCase().id();
        if (c.part().status() == IncentivePartStatus.PENDING) {
            Button respond = new Button(getTranslation("incentive.respond"), e -> openResponse(c));
            respond.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            respond.setId("incentive-respond-" + id);
            return respond;
        }
        if (c.part().status() == IncentivePartStatus.RESPONDED) {
            Button feedback = new Button(getTranslation("incentive.feedback"), e -> openFeedback(c));
            feedback.addThemeVariants(ButtonVariant.LUMO_SMALL);
            feedback.setId("incentive-feedback-" + id);
            return feedback;
        }
        return new Span();
    }

    private void openResponse(IncomingIncentive c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("incentive.respondTitle", c.incentiveCase().caseNo()));
        RadioButtonGroup<String> outcome = new RadioButtonGroup<>(getTranslation("incentive.outcome"));
        outcome.setItems("APPLIED", "NOT_APPLIED");
        outcome.setItemLabelGenerator(v -> getTranslation("incentive.outcome." + v));
        outcome.setId("incentive-outcome");
        TextArea applied = new TextArea(getTranslation("incentive.appliedMeasures"));
        applied.setId("incentive-applied-measures");
        applied.setMaxLength(1000);
        applied.setWidthFull();
        TextArea note = new TextArea(getTranslation("incentive.note"));
        note.setId("incentive-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        Map<String, HasValidation> fields = Map.of("fields.outcome", outcome, "fields.appliedMeasures", applied,
                "fields.note", note);
        UnorderedList measures = new UnorderedList(c.measures().stream().map(ListItem::new).toArray(ListItem[]::new));
        dialog.add(measures, outcome, applied, note);
        Button save = new Button(getTranslation("incentive.respond"), e -> submit(dialog, fields, () -> {
            Map<String, Object> values = new HashMap<>();
            values.put("outcome", outcome.getValue());
            values.put("appliedMeasures", applied.getValue());
            values.put("note", note.getValue());
            responses.respond(c.incentiveCase().id(), values);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("incentive-respond-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.open();
    }

    private void openFeedback(IncomingIncentive c) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("incentive.feedbackTitle", c.incentiveCase().caseNo()));
        TextArea result = new TextArea(getTranslation("incentive.result"));
        result.setId("incentive-result");
        result.setMaxLength(2000);
        result.setWidthFull();
        IntegerField times = new IntegerField(getTranslation("incentive.timesApplied"));
        times.setId("incentive-times");
        times.setMin(0);
        Map<String, HasValidation> fields = Map.of("fields.result", result, "fields.timesApplied", times);
        dialog.add(result, times);
        Button save = new Button(getTranslation("incentive.feedback"), e -> submit(dialog, fields, () -> {
            Map<String, Object> values = new HashMap<>();
            values.put("result", result.getValue());
            values.put("timesApplied", times.getValue());
            responses.reportFeedback(c.incentiveCase().id(), values);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("incentive-feedback-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(36rem, 96vw)");
        dialog.open();
    }

    private void submit(Dialog dialog, Map<String, HasValidation> fields, Runnable action) {
        try {
            action.run();
            dialog.close();
            UiSupport.success(getTranslation("common.saved"));
            refresh();
        } catch (BusinessException error) {
            UiSupport.showError(this, error, fields);
        }
    }

    private String measures(IncomingIncentive c) {
        return String.join(getTranslation("incentive.measureSeparator"), c.measures());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentiveParts") + " · " + getTranslation("app.title");
    }
}
