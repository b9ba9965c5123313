package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;

/** A list's from/to days, both included; an end before the start is marked at the end field and not applied. */
public class DateRangeFilter extends Composite<HorizontalLayout> {

    private final LocalizedDatePicker from = new LocalizedDatePicker();
    private final LocalizedDatePicker to = new LocalizedDatePicker();

    public DateRangeFilter(String list, String label, Runnable changed) {
        from.setLabel(getTranslation("lists.from", label));
        to.setLabel(getTranslation("lists.to", label));
        from.setId(list + "-from");
        to.setId(list + "-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.setWidth("10rem");
        to.setWidth("10rem");
        from.addValueChangeListener(e -> changed(changed));
        to.addValueChangeListener(e -> changed(changed));
        getContent().setPadding(false);
        getContent().add(from, to);
    }

    /** The range, or {@link DateRange#ANY} while the end is before the start. */
    public DateRange value() {
        return isValid() ? new DateRange(from.getValue(), to.getValue()) : DateRange.ANY;
    }

    public LocalDate from() {
        return value().from();
    }

    public LocalDate to() {
        return value().to();
    }

    public void set(LocalDate start, LocalDate end) {
        from.setValue(start);
        to.setValue(end);
    }

    private void changed(Runnable changed) {
        boolean valid = isValid();
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("lists.dateRange.endBeforeStart"));
        if (valid) {
            changed.run();
        }
    }

    private boolean isValid() {
        return from.getValue() == null || to.getValue() == null || !to.getValue().isBefore(from.getValue());
    }
}
