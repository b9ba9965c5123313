package cn.gov.ln.credit.webapp.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;

/**
 * An ECharts chart (served as a static resource) drawn from options built on the server. The options travel as one
 * JSON argument and are parsed in the browser, so no text of the data ever becomes script. A click on a bar or slice
 * opens the list behind it: the browser names the series and the data index, the server looks the link up among the
 * ones it gave.
 */
@Tag("div")
@JavaScript("context://vendor/echarts/echarts.min.js")
public class Chart extends Div {

    static final String SCRIPT = """
            const el = this;
            const option = JSON.parse($0);
            const draw = () => {
              if (!window.echarts) { setTimeout(draw, 50); return; }
              const chart = echarts.getInstanceByDom(el) || echarts.init(el, $1 ? 'dark' : null);
              chart.setOption(option, true);
              if (!el.chartBound) {
                el.chartBound = true;
                chart.on('click', p => el.dispatchEvent(new CustomEvent('chart-click',
                    { detail: { series: p.seriesIndex || 0, index: p.dataIndex || 0 } })));
                new ResizeObserver(() => chart.resize()).observe(el);
              }
              el.setAttribute('data-rendered', 'true');
            };
            draw();
            """;

    private final boolean dark;
    private List<List<String>> links = List.of();

    public Chart(String id, boolean dark) {
        this.dark = dark;
        setId(id);
        addClassName("dashboard-chart");
        setWidthFull();
        setHeight("320px");
        getElement().addEventListener("chart-click", e -> open((int) e.getEventData().getNumber("event.detail.series"),
                (int) e.getEventData().getNumber("event.detail.index")))
                .addEventData("event.detail.series").addEventData("event.detail.index");
    }

    /**
     * Draws the options; {@code links.get(series).get(index)} is where a click on that point leads (an app-relative
     * location with its query string), null for none.
     */
    public void draw(ObjectNode option, List<List<String>> links) {
        this.links = links;
        getElement().executeJs(SCRIPT, option.toString(), dark);
    }

    private void open(int series, int index) {
        if (series < 0 || series >= links.size() || index < 0 || index >= links.get(series).size()) {
            return;
        }
        String link = links.get(series).get(index);
        if (link != null) {
            int query = link.indexOf('?');
            UI.getCurrent().navigate(query < 0 ? link : link.substring(0, query),
                    query < 0 ? QueryParameters.empty() : QueryParameters.fromString(link.substring(query + 1)));
        }
    }
}
