package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.BreachQuery;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Breach cases of the credit officer's division: raised by verification of pledges found false or entered here,
 * each opened to run its determination under due process.
 */
@Route(value = "breaches", layout = MainLayout.class)
@RequiresPermissions(Permissions.BREACH_READ)
@MenuItem(label = "nav.breaches", icon = "vaadin:warning", order = 22, section = "nav.section.credit")
public class BreachesView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> STATUSES = List.of("", Breach.RAISED, Breach.IN_DETERMINATION, Breach.NOTICE_SENT,
            Breach.PENDING_DECISION, Breach.LISTED, Breach.NOT_LISTED, Breach.REVOKED);

    private final BreachService breaches;
    private final BreachQueries breachQueries;
    private final Grid<Breach> grid = new Grid<>();
    private final Select<String> status = new Select<>();
    private final TextField text = new TextField();

    public BreachesView(BreachService breaches, BreachQueries breachQueries, SubjectService subjects,
            AccessGuard guard) {
        this.breaches = breaches;
        this.breachQueries = breachQueries;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("breaches.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        status.setLabel(getTranslation("breach.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("common.all")
                : getTranslation("breach.status." + s));
        status.setValue("");
        status.setId("breach-status-filter");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.setLabel(getTranslation("breach.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        if (guard.isPermitted(Permissions.BREACH_DETERMINE)) {
            Button enter = new Button(getTranslation("breach.enter"), VaadinIcon.PLUS.create(), e -> enter());
            enter.setId("breach-enter");
            filters.add(enter);
        }
        grid.addColumn(b -> b.caseNo() == null ? "" : b.caseNo()).setHeader(getTranslation("breach.caseNo"))
                .setAutoWidth(true);
        grid.addColumn(b -> UiSupport.dateTime(b.raisedAt())).setHeader(getTranslation("breach.raisedAt"))
                .setAutoWidth(true);
        grid.addColumn(b -> subjects.lookup(b.subjectId()).map(CreditSubject::name).orElse(""))
                .setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(b -> getTranslation("breach.source." + b.source())).setHeader(getTranslation("breach.source"))
                .setAutoWidth(true);
        grid.addColumn(Breach::description).setHeader(getTranslation("breach.description")).setFlexGrow(4);
        grid.addComponentColumn(b -> UiSupport.badge(getTranslation("breach.status." + b.status())
                + (b.disputed() ? " · " + getTranslation("record.disputed") : ""), b.disputed() ? "error" : ""))
                .setHeader(getTranslation("breach.status")).setAutoWidth(true);
        grid.setItems(q -> breachQueries.search(query(), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) breachQueries.count(query()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BreachCaseView.class, e.getItem().id())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("breaches-grid");
        add(new H2(getTranslation("nav.breaches")), hint, filters, grid);
    }

    private BreachQuery query() {
        return new BreachQuery(status.getValue(), text.getValue());
    }

    private void enter() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("breach.enter"));
        TextField identifier = new TextField(getTranslation("breach.identifier"));
        identifier.setId("breach-identifier");
        identifier.setMaxLength(18);
        identifier.setWidthFull();
        TextArea description = new TextArea(getTranslation("breach.description"));
        description.setId("breach-description");
        description.setMaxLength(500);
        description.setWidthFull();
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Breach breach = breaches.enter(new NewBreach(identifier.getValue(), description.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(BreachCaseView.class, breach.id()));
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("identifier", identifier, "description", description));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("breach-save");
        dialog.add(new VerticalLayout(identifier, description));
        dialog.setWidth("36rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.breaches") + " · " + getTranslation("app.title");
    }
}
