package cn.gov.ln.credit.webapp.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A figure with its label; a figure with a list behind it is a link to that list with its filters in the URL. */
final class FigureCard {

    private FigureCard() {
    }

    static Component of(String id, String label, String value, String link) {
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        Span number = new Span(value);
        number.addClassName("figure-value");
        number.setId(id);
        Component card;
        if (link == null) {
            card = new Div(caption, number);
        } else {
            Anchor anchor = new Anchor(link);
            anchor.add(caption, number);
            anchor.setId(id + "-link");
            card = anchor;
        }
        card.getElement().getClassList().add("figure-card");
        return card;
    }

    static String count(long value) {
        return String.format("%,d", value);
    }

    static String percent(double value) {
        return String.format("%.1f%%", value);
    }

    /** A share of nothing is no figure, not 0 %. */
    static String percent(double value, long of) {
        return of == 0 ? "—" : percent(value);
    }
}
