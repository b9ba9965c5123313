package cn.gov.ln.credit.webapp.subject;

import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectQuery;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectSortKey;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Credit subjects registered in the officer's division, searched by name or code, filtered by kind and grade,
 * loaded a page at a time. Opening one shows its credit file.
 */
@Route(value = SubjectsView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.SUBJECT_READ)
@MenuItem(label = "nav.subjects", icon = "vaadin:building", order = 10, section = "nav.section.credit")
public class SubjectsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "subjects";
    private static final Sort<SubjectSortKey> REGISTRATION_ORDER = Sort.ascending(SubjectSortKey.REGISTERED);

    private final SubjectService subjects;
    private final Grid<SubjectView> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<SubjectKind> kind = new Select<>();
    private final Select<String> grade = new Select<>();
    private final Span total = new Span();
    private final UrlFilteredList<SubjectView, SubjectSortKey> list;

    public SubjectsView(SubjectService subjects, DivisionService divisions, AccessGuard guard, ListExports exports,
            SavedFilterService savedFilters) {
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
        kind.setId("subjects-kind");
        grade.setId("subjects-grade");
        text.addValueChangeListener(e -> filtersChanged());
        kind.addValueChangeListener(e -> filtersChanged());
        grade.addValueChangeListener(e -> filtersChanged());
        total.setId("subjects-total");
        list = new UrlFilteredList<>(ROUTE, grid, SubjectSortKey.class, REGISTRATION_ORDER, 100, this::restore,
                this::filters, this::refresh);
        ExportLink export = new ExportLink(exports, "subjects-export", () -> new ExportColumns<SubjectView>()
                .add(getTranslation("subject.name"), SubjectView::name)
                .add(getTranslation("subject.kind"), s -> UiSupport.label(this, s.kind()))
                .add(getTranslation("subject.identifier"), SubjectView::identifier)
                .add(getTranslation("subject.grade"), s -> s.currentGrade() == null ? "" : s.currentGrade())
                .add(getTranslation("subject.division"), SubjectView::divisionName)
                .export(ROUTE, list.url().queryString(), page -> subjects.search(query(), list.sort(), page)));

        HorizontalLayout filters = new HorizontalLayout(text, kind, grade, total, list.pageSizePicker(),
                new SavedFiltersMenu(savedFilters, ROUTE, list::url), export);
        filters.setWrap(true);
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

        grid.addColumn(SubjectView::name).setHeader(getTranslation("subject.name")).setFlexGrow(3)
                .setTooltipGenerator(SubjectView::name).setSortable(true).setSortProperty(SubjectSortKey.NAME.name());
        grid.addColumn(s -> UiSupport.label(this, s.kind())).setHeader(getTranslation("subject.kind"))
                .setSortable(true).setSortProperty(SubjectSortKey.KIND.name());
        grid.addColumn(SubjectView::identifier).setHeader(getTranslation("subject.identifier")).setFlexGrow(2);
        grid.addColumn(s -> s.currentGrade() == null ? "" : s.currentGrade())
                .setHeader(getTranslation("subject.grade")).setSortable(true)
                .setSortProperty(SubjectSortKey.GRADE.name());
        grid.addColumn(SubjectView::divisionName).setHeader(getTranslation("subject.division"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("subjects-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SubjectDetailView.class,
                e.getItem().id())));
        grid.setSizeFull();

        add(new H2(getTranslation("nav.subjects")), filters, grid);
    }

    /** Filters from the URL: {@code subjects?q=&kind=&grade=}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        kind.setValue(url.enumValue("kind", SubjectKind.class));
        CreditGrade wanted = url.enumValue("grade", CreditGrade.class);
        grade.setValue(wanted == null ? null : wanted.name());
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("q", text.getValue()).with("kind", kind.getValue())
                .with("grade", grade.getValue() == null ? null : grade.getValue().toLowerCase(Locale.ROOT));
    }

    private SubjectQuery query() {
        return new SubjectQuery(text.getValue(), kind.getValue(), grade.getValue(), null);
    }

    private void refresh() {
        SubjectQuery query = query();
        list.show((sort, page) -> subjects.search(query, sort, page), () -> subjects.count(query));
        total.setText(getTranslation("common.total", subjects.count(query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.subjects") + " · " + getTranslation("app.title");
    }
}
