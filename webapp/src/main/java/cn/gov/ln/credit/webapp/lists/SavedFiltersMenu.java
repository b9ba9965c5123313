package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.savedfilter.SavedFilter;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The user's saved filters of one list: choosing one opens the list with its query string, "save" keeps the current
 * filters under a name, "delete" removes the chosen one. Only the user's own filters exist here.
 */
public class SavedFiltersMenu extends Composite<HorizontalLayout> {

    private final SavedFilterService filters;
    private final String list;
    private final String route;
    private final Supplier<ListUrl> current;
    private final Select<SavedFilter> saved = new Select<>();
    private final Button delete = new Button(VaadinIcon.TRASH.create());
    private boolean reloading;

    public SavedFiltersMenu(SavedFilterService filters, String route, Supplier<ListUrl> current) {
        this(filters, route, route, current);
    }

    /** For a list whose route is not a plain name ({@code admin/audit}): its filters are kept under {@code list}. */
    public SavedFiltersMenu(SavedFilterService filters, String list, String route, Supplier<ListUrl> current) {
        this.filters = filters;
        this.list = list;
        this.route = route;
        this.current = current;
        saved.setId(list + "-saved");
        saved.setPlaceholder(getTranslation("lists.savedFilters"));
        saved.setItemLabelGenerator(SavedFilter::name);
        saved.setWidth("12rem");
        saved.addValueChangeListener(e -> {
            if (!reloading && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.fromString(e.getValue().queryString())));
            }
            delete.setEnabled(e.getValue() != null);
        });
        Button save = new Button(getTranslation("lists.savedFilters.save"), VaadinIcon.BOOKMARK.create(),
                e -> openSaveDialog());
        save.setId(list + "-filter-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.setId(list + "-filter-delete");
        delete.setAriaLabel(getTranslation("lists.savedFilters.delete"));
        delete.setTooltipText(getTranslation("lists.savedFilters.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(e -> deleteChosen());
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        getContent().add(saved, save, delete);
        reload(null);
    }

    private void openSaveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lists.savedFilters.save"));
        TextField name = new TextField(getTranslation("lists.savedFilters.name"));
        name.setId(list + "-filter-name");
        name.setMaxLength(SavedFilterService.MAX_NAME);
        name.setWidthFull();
        Button confirm = new Button(getTranslation("common.save"), e -> {
            try {
                SavedFilter filter = filters.save(list, name.getValue(), current.get().queryString());
                reload(filter.id());
                dialog.close();
                UiSupport.success(getTranslation("common.saved"));
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("name", name));
            }
        });
        confirm.setId(list + "-filter-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        name.focus();
    }

    private void deleteChosen() {
        SavedFilter chosen = saved.getValue();
        if (chosen != null) {
            filters.delete(chosen.id());
            reload(null);
        }
    }

    private void reload(Long chosen) {
        reloading = true;
        try {
            var mine = filters.mine(list);
            saved.setItems(mine);
            saved.setValue(mine.stream().filter(f -> chosen != null && f.id() == chosen).findFirst().orElse(null));
            saved.setEnabled(!mine.isEmpty());
        } finally {
            reloading = false;
        }
    }
}
