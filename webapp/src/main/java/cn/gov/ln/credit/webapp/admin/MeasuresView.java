package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.penalty.MeasureCatalogue;
import cn.gov.ln.credit.penalty.MeasureService;
import cn.gov.ln.credit.penalty.PenaltyMeasure;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.lists.LineNames;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint penalty measure catalogue: the national base list and the provincial supplement, each measure with its
 * department line, content, legal basis and the tiers it applies to. Changes apply to cases initiated afterwards.
 */
@Route(value = "admin/measures", layout = MainLayout.class)
@RequiresPermissions(Permissions.MEASURE_READ)
@MenuItem(label = "nav.measures", icon = "vaadin:list-ol", order = 115, section = "nav.section.admin")
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureService measures;
    private final LineNames lines;
    private final Grid<PenaltyMeasure> grid = new Grid<>();

    public MeasuresView(MeasureService measures, AccessGuard guard, DepartmentService departments) {
        this.measures = measures;
        this.lines = new LineNames(departments.all());
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("measure.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.measures")), hint);
        boolean manage = guard.isPermitted(Permissions.MEASURE_MANAGE);
        if (manage) {
            Button add = new Button(getTranslation("common.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("measure-add");
            add(add);
        }
        grid.addColumn(PenaltyMeasure::code).setHeader(getTranslation("measure.code")).setAutoWidth(true)
                .setComparator(PenaltyMeasure::code).setSortable(true);
        grid.addColumn(m -> UiSupport.label(this, m.catalogue())).setHeader(getTranslation("measure.catalogue"))
                .setAutoWidth(true).setComparator(PenaltyMeasure::catalogue);
        grid.addColumn(m -> lines.of(m.lineCode())).setHeader(getTranslation("measure.line")).setAutoWidth(true)
                .setComparator(PenaltyMeasure::lineCode).setSortable(true);
        grid.addColumn(PenaltyMeasure::area).setHeader(getTranslation("measure.area")).setAutoWidth(true)
                .setComparator(Comparator.comparing(PenaltyMeasure::area, Comparator.nullsLast(
                        Collator.getInstance(Locale.CHINA))));
        grid.addColumn(PenaltyMeasure::content).setHeader(getTranslation("measure.content")).setFlexGrow(3);
        grid.addColumn(PenaltyMeasure::legalBasis).setHeader(getTranslation("measure.legalBasis")).setFlexGrow(3);
        grid.addColumn(m -> m.tierList().stream().map(t -> UiSupport.label(this, t)).collect(Collectors.joining("、")))
                .setHeader(getTranslation("measure.tiers")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("measure.active")).setAutoWidth(true).setComparator(PenaltyMeasure::active);
        if (manage) {
            grid.addItemClickListener(e -> edit(e.getItem()));
        }
        grid.setItems(measures.all());
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setId("measures-grid");
        add(grid);
    }

    private void edit(PenaltyMeasure measure) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(measure == null ? "common.add" : "common.edit"));
        TextField code = new TextField(getTranslation("measure.code"));
        code.setMaxLength(32);
        code.setReadOnly(measure != null);
        code.setId("measure-code");
        Select<MeasureCatalogue> catalogue = new Select<>();
        catalogue.setLabel(getTranslation("measure.catalogue"));
        catalogue.setItems(MeasureCatalogue.values());
        catalogue.setItemLabelGenerator(c -> UiSupport.label(this, c));
        ComboBox<String> line = new ComboBox<>(getTranslation("measure.line"));
        line.setItems(measures.lines());
        line.setItemLabelGenerator(lines::of);
        TextField area = new TextField(getTranslation("measure.area"));
        area.setMaxLength(64);
        TextArea content = new TextArea(getTranslation("measure.content"));
        content.setMaxLength(1000);
        TextArea basis = new TextArea(getTranslation("measure.legalBasis"));
        basis.setMaxLength(1000);
        CheckboxGroup<BreachTier> tiers = new CheckboxGroup<>(getTranslation("measure.tiers"));
        tiers.setItems(BreachTier.values());
        tiers.setItemLabelGenerator(t -> UiSupport.label(this, t));
        Checkbox active = new Checkbox(getTranslation("measure.active"), true);
        if (measure != null) {
            code.setValue(measure.code());
            catalogue.setValue(measure.catalogue());
            line.setValue(measure.lineCode());
            area.setValue(measure.area());
            content.setValue(measure.content());
            basis.setValue(measure.legalBasis());
            tiers.setValue(new LinkedHashSet<>(measure.tierList()));
            active.setValue(measure.active());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                measures.save(new PenaltyMeasure(0, code.getValue(), catalogue.getValue(), line.getValue(),
                        area.getValue(), content.getValue(), basis.getValue(), "DISHONESTY",
                        tiers.getValue().stream().map(Enum::name).collect(Collectors.joining(",")), active.getValue(),
                        0, null, null));
                dialog.close();
                grid.setItems(measures.all());
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("code", code, "catalogue", catalogue, "lineCode", line,
                        "area", area, "content", content, "legalBasis", basis, "tiers", tiers));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("measure-save");
        FormLayout form = new FormLayout(code, catalogue, line, area, content, basis, tiers, active);
        form.setColspan(content, 2);
        form.setColspan(basis, 2);
        dialog.add(form);
        dialog.setWidth("48rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.measures") + " · " + getTranslation("app.title");
    }
}
