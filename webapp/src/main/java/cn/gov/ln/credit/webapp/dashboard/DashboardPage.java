package cn.gov.ln.credit.webapp.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The pieces the dashboards share: a row of figure cards and a titled panel around a chart. */
final class DashboardPage {

    private DashboardPage() {
    }

    static FlexLayout cards(Component... cards) {
        FlexLayout row = new FlexLayout(cards);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("figure-cards");
        return row;
    }

    static Div panel(String title, Component content) {
        Div panel = new Div(new H3(title), content);
        panel.addClassName("chart-panel");
        return panel;
    }

    static FlexLayout panels(Component... panels) {
        FlexLayout grid = new FlexLayout(panels);
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        grid.addClassName("chart-panels");
        return grid;
    }
}
