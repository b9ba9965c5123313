package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

/**
 * The status an applicant's list is narrowed to, kept in the address ({@code ?status=...}), so a count elsewhere
 * can link to exactly the records it counts and the list shows the filter that is in force. Empty: every status.
 */
public class StatusFilter<E extends Enum<E>> extends Select<E> {

    public StatusFilter(String label, E[] values, String parameter) {
        addClassName("status-filter");
        setLabel(label);
        setItems(values);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("common.all"));
        setItemLabelGenerator(value -> value == null ? getTranslation("common.all") : UiSupport.label(this, value));
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(ui.getInternals().getActiveViewLocation().getPath(),
                        e.getValue() == null ? QueryParameters.empty()
                                : QueryParameters.of(parameter, e.getValue().name())));
            }
        });
    }

    /** Shows the status the address asks for, without navigating again. */
    public void show(E value) {
        setValue(value);
    }
}
