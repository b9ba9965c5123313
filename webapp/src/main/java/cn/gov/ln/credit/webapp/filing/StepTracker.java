package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.ApplicantSteps;
import cn.gov.ln.credit.filing.ApplicantSteps.Stage;
import cn.gov.ln.credit.filing.ApplicantSteps.Step;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Where an applicant's filing stands, as the applicant follows it: 收件 → 受理 → 审批 → 办结, each with the day it
 * was done, the current step marked, the statutory due day, and what is expected of the applicant now. The steps
 * run across a wide screen and down a phone's.
 */
@StyleSheet("context://styles/journey.css")
class StepTracker extends Div {

    StepTracker(Filing filing, ApplicantSteps journey, String due) {
        addClassName("step-tracker");
        setId("step-tracker");
        UnorderedList list = new UnorderedList();
        list.addClassName("step-list");
        for (Step step : journey.steps()) {
            list.add(step(step, filing.isOpen() && step.stage() == journey.current()));
        }
        Span dueLine = new Span(getTranslation("journey.due", due));
        dueLine.setId("step-due");
        Div expected = new Div(new Span(getTranslation("journey.expect.title")), new Div(getTranslation(
                "journey.expect." + journey.expected().key(), journey.expected().arguments().stream()
                        .map(a -> a instanceof LocalDate d ? UiSupport.date(d) : a).toArray())));
        expected.addClassName("step-expected");
        if (journey.expected().actionNeeded()) {
            expected.addClassName("action");
        }
        expected.setId("step-expected");
        add(new H3(getTranslation("journey.title")), list, dueLine, expected);
    }

    private ListItem step(Step step, boolean current) {
        String stage = step.stage().name();
        Span name = new Span(getTranslation("journey.stage." + stage));
        name.addClassName("step-name");
        String when;
        if (step.done()) {
            String day = UiSupport.dateTime(step.doneAt());
            when = step.refused() && step.stage() != Stage.FINISH ? getTranslation("journey.refused." + stage, day)
                    : getTranslation("journey.done", day);
        } else {
            when = getTranslation(current ? "journey.current" : "journey.pending");
        }
        Span whenText = new Span(when);
        whenText.addClassName("step-when");
        ListItem item = new ListItem(name, whenText);
        item.addClassName("step");
        item.setId("step-" + stage.toLowerCase(Locale.ROOT));
        if (step.done()) {
            item.addClassName(step.refused() && step.stage() != Stage.FINISH ? "refused" : "done");
        }
        if (current) {
            item.addClassName("current");
            item.getElement().setAttribute("aria-current", "step");
        }
        return item;
    }
}
