package cn.gov.ln.credit.webapp.pledgetemplate;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.TemplateAudience;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.pledgetemplate.VersionStatus;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Pledge templates and their versions. Administrators edit a template's draft and publish it; a published
 * version's text never changes, so the pledges signed on it keep pointing at exactly what was signed.
 */
@Route(value = "admin/templates", layout = MainLayout.class)
@RequiresPermissions(Permissions.TEMPLATE_MANAGE)
@MenuItem(label = "nav.templates", icon = "vaadin:file-text-o", order = 95, section = "nav.section.admin")
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private static final int HASH_PREFIX = 12;

    private final PledgeTemplateService templates;
    private final List<PermitMatter> matters;
    private final Map<String, String> matterNames;
    private final Grid<Row> grid = new Grid<>();
    private final Grid<TemplateVersion> versions = new Grid<>();
    private final Span total = new Span();
    private final H3 selectedTitle = new H3();
    private final Button edit = new Button();
    private final Button publish = new Button();
    private final Select<TemplateAudience> audience = new Select<>();
    private final PeopleNames people;
    private Row selected;

    /** A template with its versions, newest first. */
    private record Row(PledgeTemplate template, List<TemplateVersion> versions) {

        TemplateVersion latest() {
            return versions.isEmpty() ? null : versions.get(0);
        }

        Optional<TemplateVersion> published() {
            return versions.stream().filter(v -> v.status() == VersionStatus.PUBLISHED).findFirst();
        }
    }

    public TemplatesView(PledgeTemplateService templates, MatterService matterService, AccountService accounts) {
        this.templates = templates;
        this.people = new PeopleNames(accounts);
        this.matters = matterService.all();
        this.matterNames = matters.stream().collect(Collectors.toMap(PermitMatter::code, PermitMatter::name));
        addClassName("templates-view");
        setSizeFull();

        Button create = new Button(getTranslation("template.new"), VaadinIcon.PLUS.create(),
                e -> new NewTemplateDialog(templates, matters, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("template-new");
        HorizontalLayout toolbar = new HorizontalLayout(create, total);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        Collator chinese = Collator.getInstance(Locale.CHINA);
        grid.addColumn(r -> r.template().code()).setHeader(getTranslation("template.code")).setAutoWidth(true)
                .setComparator(r -> r.template().code());
        grid.addColumn(r -> r.template().title()).setHeader(getTranslation("template.title")).setFlexGrow(3)
                .setComparator(Comparator.comparing(r -> r.template().title(), chinese));
        grid.addColumn(r -> UiSupport.label(this, r.template().pledgeType()))
                .setHeader(getTranslation("template.type")).setAutoWidth(true)
                .setComparator(r -> r.template().pledgeType());
        grid.addColumn(r -> matterName(r.template().matterCode())).setHeader(getTranslation("template.matter"))
                .setFlexGrow(2).setComparator(Comparator.comparing(r -> matterName(r.template().matterCode()),
                        chinese));
        grid.addColumn(r -> UiSupport.label(this, r.template().audience()))
                .setHeader(getTranslation("template.audience")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(r -> r.template().audience());
        grid.addColumn(r -> r.latest() == null ? "" : versionLabel(r.latest()))
                .setHeader(getTranslation("template.latestVersion")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.latest() == null ? 0 : r.latest().versionNo()));
        grid.addColumn(r -> r.latest() == null ? "" : UiSupport.label(this, r.latest().status()))
                .setHeader(getTranslation("template.status")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.latest() == null ? null : r.latest().status(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(r -> r.published().map(v -> UiSupport.dateTime(v.publishedAt())).orElse(""))
                .setHeader(getTranslation("template.publishedAt")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(r -> r.published().map(TemplateVersion::publishedAt)
                        .orElse(null), Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("template.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setId("templates-grid");
        grid.setSizeFull();

        SplitLayout split = new SplitLayout(grid, details(), SplitLayout.Orientation.VERTICAL);
        split.setSplitterPosition(50);
        split.setSizeFull();
        add(new H2(getTranslation("nav.templates")), toolbar, split);
        refresh(null);
    }

    private Component details() {
        edit.setText(getTranslation("template.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> editDraft());
        edit.setId("template-edit");
        publish.setText(getTranslation("template.publish"));
        publish.setIcon(VaadinIcon.CHECK.create());
        publish.addClickListener(e -> confirmPublish());
        publish.setId("template-publish");
        selectedTitle.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.LARGE);
        audience.setItems(TemplateAudience.values());
        audience.setItemLabelGenerator(a -> UiSupport.label(this, a));
        audience.setAriaLabel(getTranslation("template.audience"));
        audience.setTooltipText(getTranslation("template.audienceHelp"));
        audience.setId("template-audience-change");
        audience.addValueChangeListener(e -> {
            if (e.isFromClient() && selected != null && e.getValue() != null) {
                changeAudience(selected.template(), e.getValue());
            }
        });
        HorizontalLayout header = new HorizontalLayout(selectedTitle, audience, edit, publish);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setFlexGrow(1, selectedTitle);

        versions.addColumn(this::versionLabel).setHeader(getTranslation("template.version")).setAutoWidth(true)
                .setFlexGrow(0);
        versions.addColumn(v -> UiSupport.label(this, v.status())).setHeader(getTranslation("template.status"))
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> hashPrefix(v.textHash())).setHeader(getTranslation("template.hash"))
                .setTooltipGenerator(TemplateVersion::textHash).setAutoWidth(true);
        versions.addColumn(v -> UiSupport.dateTime(v.publishedAt())).setHeader(getTranslation("template.publishedAt"))
                .setAutoWidth(true);
        versions.addColumn(v -> people.of(this, v.publishedBy()))
                .setHeader(getTranslation("template.publishedBy")).setAutoWidth(true);
        versions.addColumn(v -> (UiSupport.dateTime(v.createdAt()) + " " + people.of(this, v.createdBy())).strip())
                .setHeader(getTranslation("template.createdAtBy")).setAutoWidth(true);
        versions.setItemDetailsRenderer(new ComponentRenderer<>(v -> preWrap(v.pledgeText())));
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.setId("versions-grid");
        versions.setWidthFull();
        versions.setMinHeight("0");

        VerticalLayout details = new VerticalLayout(header, versions);
        details.setPadding(false);
        details.addClassName(LumoUtility.Padding.Top.SMALL);
        details.setSizeFull();
        details.setFlexGrow(1, versions);
        return details;
    }

    private void show(Row row) {
        selected = row;
        TemplateVersion latest = row == null ? null : row.latest();
        edit.setEnabled(latest != null);
        audience.setEnabled(row != null);
        audience.setValue(row == null ? null : row.template().audience());
        publish.setEnabled(latest != null && latest.status() == VersionStatus.DRAFT);
        selectedTitle.setText(row == null ? getTranslation("template.selectHint")
                : getTranslation("template.versionsOf", row.template().title(), row.template().code()));
        List<TemplateVersion> shown = row == null ? List.of() : row.versions();
        people.load(people.load(shown, TemplateVersion::publishedBy), TemplateVersion::createdBy);
        versions.setItems(shown);
    }

    private void editDraft() {
        if (selected != null && selected.latest() != null) {
            long id = selected.template().id();
            new TemplateEditDialog(templates, selected.template(), selected.latest(), () -> refresh(id)).open();
        }
    }

    private void confirmPublish() {
        if (selected == null || selected.latest() == null || selected.latest().status() != VersionStatus.DRAFT) {
            return;
        }
        PledgeTemplate template = selected.template();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("template.publishTitle"),
                getTranslation("template.publishText", template.code(), selected.latest().versionNo()),
                getTranslation("template.publishConfirm"), e -> publish(template), getTranslation("common.cancel"),
                e -> { });
        confirm.open();
    }

    private void publish(PledgeTemplate template) {
        try {
            TemplateVersion version = templates.publish(template.id());
            UiSupport.success(getTranslation("template.published", template.code(), version.versionNo(),
                    hashPrefix(version.textHash())));
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of());
        }
        refresh(template.id());
    }

    private void changeAudience(PledgeTemplate template, TemplateAudience chosen) {
        try {
            templates.changeAudience(template.id(), chosen);
            UiSupport.success(getTranslation("template.audienceChanged", template.code(),
                    UiSupport.label(this, chosen)));
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of());
        }
        refresh(template.id());
    }

    /** Reloads the templates and selects the given one again, or nothing. */
    private void refresh(Long selectId) {
        List<Row> rows = templates.templates().stream().map(t -> new Row(t, templates.versions(t.id()))).toList();
        grid.setItems(rows);
        total.setText(getTranslation("common.total", rows.size()));
        Row again = selectId == null ? null
                : rows.stream().filter(r -> r.template().id() == selectId).findFirst().orElse(null);
        if (again == null) {
            grid.deselectAll();
        } else {
            grid.select(again);
        }
        show(again);
    }

    private String matterName(String code) {
        return code == null ? getTranslation("template.matterAny") : matterNames.getOrDefault(code, code);
    }

    private String versionLabel(TemplateVersion version) {
        return getTranslation("template.versionLabel", version.versionNo());
    }

    private static Paragraph preWrap(String text) {
        Paragraph paragraph = new Paragraph(nonNull(text));
        paragraph.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        return paragraph;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String hashPrefix(String hash) {
        if (hash == null) {
            return "";
        }
        return hash.length() <= HASH_PREFIX ? hash : hash.substring(0, HASH_PREFIX);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates") + " · " + getTranslation("app.title");
    }
}
