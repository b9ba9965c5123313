package cn.gov.ln.credit.webapp.penalty;

import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCaseSummary;
import cn.gov.ln.credit.penalty.PenaltyQuery;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint penalty cases of the credit officer's division, with how many departments have answered: a progress
 * bar per case, escalations counted.
 */
@Route(value = "penalty-cases", layout = MainLayout.class)
@RequiresPermissions(Permissions.PENALTY_READ)
@MenuItem(label = "nav.penaltyCases", icon = "vaadin:connect", order = 23, section = "nav.section.credit")
public class PenaltyCasesView extends VerticalLayout implements HasDynamicTitle {

    private final PenaltyCaseQueries cases;
    private final Grid<PenaltyCaseSummary> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();
    private final Select<String> action = new Select<>();
    private final TextField text = new TextField();

    public PenaltyCasesView(PenaltyCaseQueries cases) {
        this.cases = cases;
        setSizeFull();
        openOnly.setLabel(getTranslation("penalty.openOnly"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.setLabel(getTranslation("penalty.action"));
        action.setItems("", PenaltyAction.INITIATE.name(), PenaltyAction.LIFT.name());
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("common.all")
                : UiSupport.label(this, PenaltyAction.valueOf(a)));
        action.setValue("");
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.setLabel(getTranslation("penalty.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(action, text, openOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(c -> c.penaltyCase().caseNo()).setHeader(getTranslation("penalty.caseNo")).setAutoWidth(true);
        grid.addColumn(c -> UiSupport.label(this, c.penaltyCase().action())).setHeader(getTranslation("penalty.action"))
                .setAutoWidth(true);
        grid.addColumn(PenaltyCaseSummary::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(c -> UiSupport.dateTime(c.penaltyCase().initiatedAt()))
                .setHeader(getTranslation("penalty.initiatedAt")).setAutoWidth(true);
        grid.addComponentColumn(PenaltyCasesView::progress).setHeader(getTranslation("penalty.progressHeader"))
                .setFlexGrow(2);
        grid.addComponentColumn(c -> c.escalated() == 0 ? new Span()
                : UiSupport.badge(getTranslation("penalty.escalatedCount", c.escalated()), "error"))
                .setHeader(getTranslation("penalty.escalated")).setAutoWidth(true);
        grid.addColumn(c -> UiSupport.label(this, c.penaltyCase().status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.setItems(q -> cases.search(query(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) cases.count(query()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PenaltyCaseView.class,
                e.getItem().penaltyCase().id())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("penalty-cases-grid");
        add(new H2(getTranslation("nav.penaltyCases")), filters, grid);
    }

    static VerticalLayout progress(PenaltyCaseSummary c) {
        ProgressBar bar = new ProgressBar(0, 1, c.progress());
        Span label = new Span(bar.getTranslation("penalty.progress", c.reported(), c.departments())
                + " · " + bar.getTranslation("penalty.respondedCount", c.responded()));
        VerticalLayout cell = new VerticalLayout(label, bar);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private PenaltyQuery query() {
        return new PenaltyQuery(openOnly.getValue(), action.getValue() == null || action.getValue().isEmpty() ? null
                : PenaltyAction.valueOf(action.getValue()), text.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.penaltyCases") + " · " + getTranslation("app.title");
    }
}
