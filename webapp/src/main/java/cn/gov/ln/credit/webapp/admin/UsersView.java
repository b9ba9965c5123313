package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.UserQuery;
import cn.gov.ln.credit.account.UserSortKey;
import cn.gov.ln.credit.account.UserSummary;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The accounts inside the administrator's division: create, change roles, enable or disable, unlock, reset
 * the password. The service checks scope and rules; this screen only offers what fits the account's kind.
 */
@Route(value = UsersView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.USER_MANAGE)
@MenuItem(label = "nav.users", icon = "vaadin:users", order = 100, section = "nav.section.admin")
public class UsersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "admin/users";
    static final String LIST = "users";

    private final AccountAdministration accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<String> role = new Select<>();
    private final Select<UserQuery.UserState> state = new Select<>();
    private final UrlFilteredList<UserSummary, UserSortKey> list;
    private final Span total = new Span();
    private final List<Department> departments;

    public UsersView(AccountAdministration accounts, DepartmentService departments, SubjectService subjects,
            ListExports exports, SavedFilterService savedFilters) {
        this.accounts = accounts;
        this.departments = departments.listInScope();
        addClassName("users-view");
        setSizeFull();

        text.setLabel(getTranslation("admin.users.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setWidth("16rem");
        text.setId("user-search");
        department.setLabel(getTranslation("admin.users.department"));
        department.setItems(this.departments);
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setWidth("18rem");
        department.setId("user-department-filter");
        role.setLabel(getTranslation("admin.users.roles"));
        role.setItems(accounts.allRoles());
        role.setItemLabelGenerator(r -> AdminUi.roleLabel(this, r));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("common.all"));
        role.setId("user-role-filter");
        state.setLabel(getTranslation("admin.users.state"));
        state.setItems(UserQuery.UserState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : UiSupport.label(this, s));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("common.all"));
        state.setId("user-state-filter");
        text.addValueChangeListener(e -> filtersChanged());
        department.addValueChangeListener(e -> filtersChanged());
        role.addValueChangeListener(e -> filtersChanged());
        state.addValueChangeListener(e -> filtersChanged());
        list = new UrlFilteredList<>(ROUTE, grid, UserSortKey.class, Sort.ascending(UserSortKey.USERNAME), 50,
                this::restore, this::filters, this::refresh).named(LIST);
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(accounts, departments, subjects, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        HorizontalLayout filters = new HorizontalLayout(text, department, role, state, list.pageSizePicker(), create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        total.setId("users-total");
        ExportLink export = new ExportLink(exports, "users-export", () -> exportColumns().export(LIST,
                list.url().queryString(), page -> accounts.list(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, new SavedFiltersMenu(savedFilters, LIST, ROUTE,
                list::url), export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        list.sortable(grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username"))
                .setAutoWidth(true), UserSortKey.USERNAME);
        list.sortable(grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.displayName"))
                .setAutoWidth(true), UserSortKey.NAME);
        list.sortable(grid.addColumn(u -> UiSupport.label(this, u.kind()))
                .setHeader(getTranslation("admin.users.kind")), UserSortKey.KIND);
        list.sortable(grid.addColumn(UsersView::departmentName)
                .setHeader(getTranslation("admin.users.department")).setFlexGrow(2), UserSortKey.DEPARTMENT);
        grid.addColumn(UsersView::divisionName).setHeader(getTranslation("admin.users.division"));
        grid.addColumn(u -> AdminUi.roleLabels(this, u.roles())).setHeader(getTranslation("admin.users.roles"))
                .setFlexGrow(2);
        grid.addColumn(u -> AdminUi.yesNo(this, u.enabled())).setHeader(getTranslation("admin.users.enabled"));
        grid.addColumn(u -> AdminUi.yesNo(this, u.locked())).setHeader(getTranslation("admin.users.locked"));
        list.sortable(grid.addColumn(u -> UiSupport.dateTime(u.lastLoginAt()))
                .setHeader(getTranslation("admin.users.lastLogin")).setAutoWidth(true), UserSortKey.LAST_LOGIN);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("users-grid");
        grid.setSizeFull();

        add(new H2(getTranslation("nav.users")), filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        Long departmentId = url.number("department");
        department.setValue(this.departments.stream().filter(d -> departmentId != null && d.id() == departmentId)
                .findFirst().orElse(null));
        String wantedRole = url.text("role") == null ? null : url.text("role").toUpperCase(Locale.ROOT);
        role.setValue(accounts.allRoles().contains(wantedRole) ? wantedRole : null);
        state.setValue(url.enumValue("status", UserQuery.UserState.class));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("q", text.getValue())
                .with("department", department.getValue() == null ? null : department.getValue().id())
                .with("role", role.getValue() == null ? null : role.getValue().toLowerCase(Locale.ROOT))
                .with("status", state.getValue());
    }

    private UserQuery query() {
        return new UserQuery(text.getValue(), department.getValue() == null ? null : department.getValue().id(),
                role.getValue(), state.getValue());
    }

    private static String departmentName(UserSummary user) {
        return user.departmentName() == null ? "" : user.departmentName();
    }

    private static String divisionName(UserSummary user) {
        return user.divisionName() == null ? "" : user.divisionName();
    }

    private ExportColumns<UserSummary> exportColumns() {
        return new ExportColumns<UserSummary>()
                .add(getTranslation("admin.users.username"), UserSummary::username)
                .add(getTranslation("admin.users.displayName"), UserSummary::displayName)
                .add(getTranslation("admin.users.kind"), u -> UiSupport.label(this, u.kind()))
                .add(getTranslation("admin.users.department"), UsersView::departmentName)
                .add(getTranslation("admin.users.division"), UsersView::divisionName)
                .add(getTranslation("admin.users.roles"), u -> AdminUi.roleLabels(this, u.roles()))
                .add(getTranslation("admin.users.enabled"), u -> AdminUi.yesNo(this, u.enabled()))
                .add(getTranslation("admin.users.locked"), u -> AdminUi.yesNo(this, u.locked()))
                .add(getTranslation("admin.users.lastLogin"), u -> UiSupport.dateTime(u.lastLoginAt()));
    }

    private Component actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (user.kind() != ActorKind.SYSTEM) {
            actions.add(action(VaadinIcon.USER_CARD, "admin.users.editRoles", "user-roles-" + user.id(),
                    () -> new UserRolesDialog(accounts, user, this::reload).open()));
        }
        if (user.enabled()) {
            actions.add(action(VaadinIcon.BAN, "admin.users.disable", "user-disable-" + user.id(),
                    () -> perform(() -> accounts.setEnabled(user.id(), false), "admin.users.result.disabled", user)));
        } else {
            actions.add(action(VaadinIcon.CHECK_CIRCLE, "admin.users.enable", "user-enable-" + user.id(),
                    () -> perform(() -> accounts.setEnabled(user.id(), true), "admin.users.result.enabled", user)));
        }
        if (user.locked()) {
            actions.add(action(VaadinIcon.UNLOCK, "admin.users.unlock", "user-unlock-" + user.id(),
                    () -> perform(() -> accounts.unlock(user.id()), "admin.users.result.unlocked", user)));
        }
        actions.add(action(VaadinIcon.KEY, "admin.users.resetPassword", "user-password-" + user.id(),
                () -> new ResetPasswordDialog(accounts, user, this::reload).open()));
        return actions;
    }

    private Button action(VaadinIcon icon, String labelKey, String id, Runnable onClick) {
        Button button = new Button(icon.create(), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        String label = getTranslation(labelKey);
        button.setTooltipText(label);
        button.setAriaLabel(label);
        button.setId(id);
        return button;
    }

    private void perform(Runnable change, String successKey, UserSummary user) {
        try {
            change.run();
            UiSupport.success(getTranslation(successKey, user.username()));
            reload();
        } catch (BusinessException error) {
            AdminUi.showFailure(this, error);
        }
    }

    /** Re-reads the rows in place, keeping the scroll position. */
    private void reload() {
        grid.getDataProvider().refreshAll();
    }

    private void refresh() {
        UserQuery query = query();
        long count = accounts.count(query);
        list.show((sort, page) -> accounts.list(query, sort, page), () -> accounts.count(query));
        total.setText(getTranslation("common.total", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.title");
    }
}
