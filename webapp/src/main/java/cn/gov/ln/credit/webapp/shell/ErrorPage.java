package cn.gov.ln.credit.webapp.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of the error views: a title, one sentence and the way back. */
abstract class ErrorPage extends VerticalLayout {

    void show(String titleKey, String messageKey) {
        removeAll();
        addClassName("error-page");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)),
                new Anchor("/", getTranslation("error.backHome")));
    }
}
