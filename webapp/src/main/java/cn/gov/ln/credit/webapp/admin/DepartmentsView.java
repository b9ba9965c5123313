package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.legaldocument.NumberingPatterns;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.lists.LineNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The member departments and their city and county counterparts inside the user's division. Reference data of a
 * few hundred rows, so it is loaded once and filtered in memory.
 */
@Route(value = "admin/departments", layout = MainLayout.class)
@RequiresPermissions(Permissions.DEPARTMENT_READ)
@MenuItem(label = "nav.departments", icon = "vaadin:institution", order = 110, section = "nav.section.admin")
public class DepartmentsView extends VerticalLayout implements HasDynamicTitle {

    private final TextField text = new TextField();
    private final Checkbox memberUnitsOnly = new Checkbox();
    private final Span total = new Span();
    private final Map<String, String> divisionNames = new HashMap<>();
    private final GridListDataView<Department> rows;

    public DepartmentsView(DepartmentService departments, DivisionService divisions, NumberingPatterns patterns,
            AccessGuard guard) {
        addClassName("departments-view");
        setSizeFull();

        text.setPlaceholder(getTranslation("admin.departments.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22rem");
        text.setId("department-search");
        memberUnitsOnly.setLabel(getTranslation("admin.departments.memberUnitsOnly"));
        memberUnitsOnly.setId("department-member-only");
        HorizontalLayout filters = new HorizontalLayout(text, memberUnitsOnly, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Grid<Department> grid = new Grid<>();
        LineNames lines = new LineNames(departments.all());
        Collator chinese = Collator.getInstance(Locale.CHINA);
        grid.addColumn(Department::name).setHeader(getTranslation("admin.departments.name")).setFlexGrow(3)
                .setComparator(Comparator.comparing(Department::name, chinese)).setSortable(true);
        grid.addColumn(d -> d.shortName() == null ? "" : d.shortName())
                .setHeader(getTranslation("admin.departments.shortName")).setFlexGrow(2)
                .setComparator(Comparator.comparing(d -> d.shortName() == null ? "" : d.shortName(), chinese));
        grid.addColumn(d -> divisionNames.computeIfAbsent(d.divisionCode(), divisions::fullName))
                .setHeader(getTranslation("admin.departments.division")).setFlexGrow(2)
                .setComparator(Department::divisionCode).setSortable(true);
        grid.addColumn(d -> lines.of(d.lineCode())).setHeader(getTranslation("admin.departments.lineCode"))
                .setFlexGrow(2).setComparator(Department::lineCode).setSortable(true);
        grid.addColumn(d -> d.uscc() == null ? "" : d.uscc()).setHeader(getTranslation("subject.uscc"))
                .setFlexGrow(2);
        grid.addColumn(d -> AdminUi.yesNo(this, d.memberUnit()))
                .setHeader(getTranslation("admin.departments.memberUnit")).setComparator(Department::memberUnit);
        if (guard.isPermitted(Permissions.DOCUMENT_CONFIGURE)) {
            grid.addComponentColumn(d -> {
                Button numbering = new Button(getTranslation("admin.numbering.open"),
                        e -> new NumberingPatternDialog(patterns, d).open());
                numbering.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                numbering.setId("numbering-" + d.code());
                return numbering;
            }).setHeader(getTranslation("admin.numbering.column")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("departments-grid");
        grid.setSizeFull();
        rows = grid.setItems(departments.listInScope());
        rows.setFilter(this::matches);

        text.addValueChangeListener(e -> applyFilter());
        memberUnitsOnly.addValueChangeListener(e -> applyFilter());
        add(new H2(getTranslation("nav.departments")), filters, grid);
        applyFilter();
    }

    private boolean matches(Department department) {
        if (memberUnitsOnly.getValue() && !department.memberUnit()) {
            return false;
        }
        String wanted = text.getValue().strip();
        return wanted.isEmpty() || department.name().contains(wanted)
                || (department.shortName() != null && department.shortName().contains(wanted));
    }

    private void applyFilter() {
        rows.refreshAll();
        total.setText(getTranslation("common.total", rows.getItemCount()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.departments") + " · " + getTranslation("app.title");
    }
}
