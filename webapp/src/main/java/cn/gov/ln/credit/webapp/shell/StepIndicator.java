package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a person stands in a short sequence of steps (a wizard): the steps done, the current one (marked for
 * screen readers with {@code aria-current="step"}) and those still ahead. It wraps onto a second line on a phone
 * rather than running off the screen.
 */
public class StepIndicator extends OrderedList {

    private final List<ListItem> steps = new ArrayList<>();

    public StepIndicator(List<String> labels) {
        addClassName("step-indicator");
        for (int i = 0; i < labels.size(); i++) {
            Span number = new Span(Integer.toString(i + 1));
            number.addClassName("wizard-step-number");
            ListItem step = new ListItem(number, new Span(labels.get(i)));
            step.addClassName("wizard-step");
            steps.add(step);
            add(step);
        }
        setCurrent(0);
    }

    /** Marks the step at this index (from 0) current, those before it done. */
    public void setCurrent(int index) {
        for (int i = 0; i < steps.size(); i++) {
            ListItem step = steps.get(i);
            step.setClassName("done", i < index);
            step.setClassName("current", i == index);
            if (i == index) {
                step.getElement().setAttribute("aria-current", "step");
            } else {
                step.getElement().removeAttribute("aria-current");
            }
        }
    }

    public int current() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).hasClassName("current")) {
                return i;
            }
        }
        return -1;
    }
}
