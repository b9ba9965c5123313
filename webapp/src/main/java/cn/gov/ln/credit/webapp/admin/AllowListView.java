package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.subject.AllowListEntry;
import cn.gov.ln.credit.subject.UsccAllowListService;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** Legal early USCCs that fail the GB 32100 check digit, accepted on an administrator's stated reason. */
@Route(value = "admin/allow-list", layout = MainLayout.class)
@RequiresPermissions(Permissions.ALLOWLIST_MANAGE)
@MenuItem(label = "nav.allowList", icon = "vaadin:clipboard-check", order = 130, section = "nav.section.admin")
public class AllowListView extends VerticalLayout implements HasDynamicTitle {

    private final UsccAllowListService allowList;
    private final Grid<AllowListEntry> grid = new Grid<>();
    private final Span total = new Span();

    private final PeopleNames people;

    public AllowListView(UsccAllowListService allowList, AccountService accounts) {
        this.allowList = allowList;
        this.people = new PeopleNames(accounts);
        addClassName("allow-list-view");
        setSizeFull();

        Paragraph explanation = new Paragraph(getTranslation("admin.allowList.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        explanation.setId("allow-list-explanation");
        Button add = new Button(getTranslation("admin.allowList.add"), VaadinIcon.PLUS.create(),
                e -> new AllowListDialog(allowList, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("allow-list-add");
        HorizontalLayout toolbar = new HorizontalLayout(add, total);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Collator chinese = Collator.getInstance(Locale.CHINA);
        grid.addColumn(AllowListEntry::uscc).setHeader(getTranslation("subject.uscc")).setAutoWidth(true)
                .setComparator(AllowListEntry::uscc);
        grid.addColumn(AllowListEntry::reason).setHeader(getTranslation("admin.allowList.reason")).setFlexGrow(3);
        grid.addColumn(e -> people.of(this, e.addedBy())).setHeader(getTranslation("admin.allowList.addedBy"))
                .setAutoWidth(true).setComparator(Comparator.comparing(e -> people.of(this, e.addedBy()), chinese));
        grid.addColumn(e -> UiSupport.dateTime(e.addedAt())).setHeader(getTranslation("admin.allowList.addedAt"))
                .setAutoWidth(true).setComparator(Comparator.comparing(AllowListEntry::addedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("admin.allowList.empty"));
        grid.setId("allow-list-grid");
        grid.setSizeFull();

        add(new H2(getTranslation("nav.allowList")), explanation, toolbar, grid);
        refresh();
    }

    private Button removeButton(AllowListEntry entry) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(entry));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON,
                ButtonVariant.LUMO_ERROR);
        remove.setTooltipText(getTranslation("common.delete"));
        remove.setAriaLabel(getTranslation("common.delete"));
        remove.setId("allow-list-remove-" + entry.uscc());
        return remove;
    }

    private void confirmRemove(AllowListEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.allowList.removeTitle"),
                getTranslation("admin.allowList.removeText", entry.uscc()), getTranslation("common.delete"),
                e -> remove(entry), getTranslation("common.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void remove(AllowListEntry entry) {
        try {
            allowList.remove(entry.uscc());
            UiSupport.success(getTranslation("admin.allowList.removed", entry.uscc()));
        } catch (BusinessException error) {
            AdminUi.showFailure(this, error);
        }
        refresh();
    }

    private void refresh() {
        List<AllowListEntry> entries = people.load(allowList.list(), AllowListEntry::addedBy);
        grid.setItems(entries);
        total.setText(getTranslation("common.total", entries.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.allowList") + " · " + getTranslation("app.title");
    }
}
