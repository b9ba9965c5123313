package cn.gov.ln.credit.webapp.subject;

import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectQuery;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Credit subjects registered in the officer's division, searched by name or code, filtered by kind and grade,
 * loaded a page at a time. Opening one shows its credit file.
 */
@Route(value = "subjects", layout = MainLayout.class)
@RequiresPermissions(Permissions.SUBJECT_READ)
@MenuItem(label = "nav.subjects", icon = "vaadin:building", order = 10, section = "nav.section.credit")
public class SubjectsView extends VerticalLayout implements HasDynamicTitle {

    private final SubjectService subjects;
    private final Grid<SubjectView> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<SubjectKind> kind = new Select<>();
    private final Select<String> grade = new Select<>();
    private final Span total = new Span();

    public SubjectsView(SubjectService subjects, DivisionService divisions, AccessGuard guard) {
        this.subjects = subjects;
        addClassName("subjects-view");
        setSizeFull();

        text.setPlaceholder(getTranslation("subjects.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22rem");
        text.setId("subject-search");
        kind.setLabel(getTranslation("subject.kind"));
        kind.setItems(SubjectKind.values());
        kind.setItemLabelGenerator(k -> UiSupport.label(this, k));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.all"));
        grade.setLabel(getTranslation("subject.grade"));
        grade.setItems(Arrays.stream(CreditGrade.values()).map(Enum::name).toList());
        grade.setItemLabelGenerator(g -> g == null ? getTranslation("common.all")
                : getTranslation("enum.CreditGrade." + g));
        grade.setEmptySelectionAllowed(true);
        grade.setEmptySelectionCaption(getTranslation("common.all"));
        text.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(text, kind, grade, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (guard.isPermitted(Permissions.SUBJECT_REGISTER)) {
            Button register = new Button(getTranslation("subjects.register"), VaadinIcon.PLUS.create(),
                    e -> new RegisterSubjectDialog(subjects, divisions, guard.current(), id -> {
                        refresh();
                        getUI().ifPresent(ui -> ui.navigate(SubjectDetailView.class, id));
                    }).open());
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setId("register-subject");
            filters.add(register);
        }

        grid.addColumn(SubjectView::name).setHeader(getTranslation("subject.name")).setFlexGrow(3);
        grid.addColumn(s -> UiSupport.label(this, s.kind())).setHeader(getTranslation("subject.kind"));
        grid.addColumn(SubjectView::identifier).setHeader(getTranslation("subject.identifier")).setFlexGrow(2);
        grid.addColumn(s -> s.currentGrade() == null ? "" : s.currentGrade())
                .setHeader(getTranslation("subject.grade"));
        grid.addColumn(SubjectView::divisionName).setHeader(getTranslation("subject.division"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("subjects-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SubjectDetailView.class,
                e.getItem().id())));
        grid.setSizeFull();

        add(new H2(getTranslation("nav.subjects")), filters, grid);
        refresh();
    }

    private void refresh() {
        SubjectQuery query = new SubjectQuery(text.getValue(), kind.getValue(), grade.getValue(), null);
        grid.setItems(q -> subjects.search(query, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) subjects.count(query));
        total.setText(getTranslation("common.total", subjects.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subjects") + " · " + getTranslation("app.title");
    }
}
