package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.UserSortKey;
import cn.gov.ln.credit.account.UserSummary;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.lists.Sorting;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The accounts inside the administrator's division: create, change roles, enable or disable, unlock, reset
 * the password. The service checks scope and rules; this screen only offers what fits the account's kind.
 */
@Route(value = "admin/users", layout = MainLayout.class)
@RequiresPermissions(Permissions.USER_MANAGE)
@MenuItem(label = "nav.users", icon = "vaadin:users", order = 100, section = "nav.section.admin")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final AccountAdministration accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Span total = new Span();

    public UsersView(AccountAdministration accounts, DepartmentService departments, SubjectService subjects) {
        this.accounts = accounts;
        addClassName("users-view");
        setSizeFull();

        text.setPlaceholder(getTranslation("admin.users.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22rem");
        text.setId("user-search");
        text.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("admin.users.new"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(accounts, departments, subjects, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        HorizontalLayout filters = new HorizontalLayout(text, total, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true)
                .setSortable(true).setSortProperty(UserSortKey.USERNAME.name());
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.displayName"))
                .setAutoWidth(true).setSortable(true).setSortProperty(UserSortKey.NAME.name());
        grid.addColumn(u -> UiSupport.label(this, u.kind())).setHeader(getTranslation("admin.users.kind"))
                .setSortable(true).setSortProperty(UserSortKey.KIND.name());
        grid.addColumn(u -> u.departmentName() == null ? "" : u.departmentName())
                .setHeader(getTranslation("admin.users.department")).setFlexGrow(2).setSortable(true)
                .setSortProperty(UserSortKey.DEPARTMENT.name());
        grid.addColumn(u -> u.divisionName() == null ? "" : u.divisionName())
                .setHeader(getTranslation("admin.users.division"));
        grid.addColumn(u -> AdminUi.roleLabels(this, u.roles())).setHeader(getTranslation("admin.users.roles"))
                .setFlexGrow(2);
        grid.addColumn(u -> AdminUi.yesNo(this, u.enabled())).setHeader(getTranslation("admin.users.enabled"));
        grid.addColumn(u -> AdminUi.yesNo(this, u.locked())).setHeader(getTranslation("admin.users.locked"));
        grid.addColumn(u -> UiSupport.dateTime(u.lastLoginAt())).setHeader(getTranslation("admin.users.lastLogin"))
                .setAutoWidth(true).setSortable(true).setSortProperty(UserSortKey.LAST_LOGIN.name());
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("users-grid");
        grid.setSizeFull();

        add(new H2(getTranslation("nav.users")), filters, grid);
        refresh();
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
        String filter = text.getValue();
        grid.setItems(q -> accounts.search(filter, Sorting.of(q, UserSortKey.class,
                Sort.ascending(UserSortKey.USERNAME)), new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) accounts.count(filter));
        total.setText(getTranslation("common.total", accounts.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.title");
    }
}
