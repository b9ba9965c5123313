package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One record of an applicant's or the public's list as a card: a title, the status as a coloured badge, the key
 * facts as label and value, what the reader must do next, and the links that open it. The text wraps as prose, so
 * a phone shows it whole instead of a grid's squeezed columns.
 */
public class RecordCard extends Div {

    private final Div head = new Div();
    private final Div facts = new Div();
    private final Div actions = new Div();

    public RecordCard(String title) {
        addClassName("record-card");
        H3 heading = new H3(title == null ? "" : title);
        heading.addClassName("record-card-title");
        head.addClassName("record-card-head");
        head.add(heading);
        facts.addClassName("record-card-facts");
        actions.addClassName("record-card-actions");
        add(head, facts, actions);
    }

    /** The status as a Lumo badge ({@code theme}: "success", "error", "contrast" or empty). */
    public RecordCard status(String text, String theme) {
        Span badge = UiSupport.badge(text, theme);
        badge.addClassName("record-card-status");
        head.add(badge);
        return this;
    }

    /** A fact; one without a value is left out rather than shown empty. */
    public RecordCard fact(String label, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Span text = new Span(value);
        text.addClassName("record-card-value");
        return fact(label, text);
    }

    /** A fact shown as a component, e.g. a second badge. */
    public RecordCard fact(String label, Component value) {
        Span term = new Span(label);
        term.addClassName("record-card-label");
        Div row = new Div(term, value);
        row.addClassName("record-card-fact");
        facts.add(row);
        return this;
    }

    /** What the reader must do next, set apart from the facts. */
    public RecordCard next(String text) {
        if (text != null && !text.isBlank()) {
            Paragraph next = new Paragraph(text);
            next.addClassName("record-card-next");
            facts.add(next);
        }
        return this;
    }

    /** Free content below the facts (a paper, a form). */
    public RecordCard body(Component... content) {
        facts.add(content);
        return this;
    }

    public RecordCard action(Component... links) {
        actions.add(links);
        return this;
    }
}
