package cn.gov.ln.credit.webapp.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** ECharts options for the few kinds of chart the dashboards draw, as JSON trees (never as script). */
final class ChartOptions {

    /** One named series of values, one per category. */
    record Series(String name, List<? extends Number> values) {
    }

    /** One named slice of a pie, in its own colour where the colour means something (a traffic light). */
    record Slice(String name, long value, String color) {

        Slice(String name, long value) {
            this(name, value, null);
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    /** Vertical bars over the categories, the series stacked when {@code stacked}. */
    static ObjectNode bars(List<String> categories, List<Series> series, boolean stacked, String unit) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        if (series.size() > 1) {
            option.putObject("legend").put("top", 0);
        }
        option.putObject("grid").put("left", 48).put("right", 16).put("top", 36).put("bottom", 56)
                .put("containLabel", true);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        strings(x.putArray("data"), categories);
        x.putObject("axisLabel").put("hideOverlap", true);
        ObjectNode y = option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        if (unit != null) {
            y.put("name", unit);
        }
        ArrayNode list = option.putArray("series");
        for (Series s : series) {
            ObjectNode node = list.addObject().put("name", s.name()).put("type", "bar");
            if (stacked) {
                node.put("stack", "total");
            }
            ArrayNode data = node.putArray("data");
            s.values().forEach(v -> data.add(v.doubleValue()));
        }
        return option;
    }

    /** Horizontal bars, one series, for long category names (departments, matters). */
    static ObjectNode horizontalBars(List<String> categories, Series series, Double max) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("grid").put("left", 8).put("right", 32).put("top", 16).put("bottom", 16)
                .put("containLabel", true);
        ObjectNode x = option.putObject("xAxis").put("type", "value");
        if (max != null) {
            x.put("max", max);
        }
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        strings(y.putArray("data"), categories);
        y.putObject("axisLabel").put("width", 180).put("overflow", "truncate");
        ObjectNode node = option.putArray("series").addObject().put("name", series.name()).put("type", "bar");
        node.putObject("label").put("show", true).put("position", "right");
        ArrayNode data = node.putArray("data");
        series.values().forEach(v -> data.add(v.doubleValue()));
        return option;
    }

    /** A ring of slices with their legend. */
    static ObjectNode pie(String name, List<Slice> slices) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("bottom", 0);
        ObjectNode node = option.putArray("series").addObject().put("name", name).put("type", "pie")
                .put("stillShowZeroSum", false);
        node.putArray("radius").add("40%").add("68%");
        node.putArray("center").add("50%").add("45%");
        node.putObject("label").put("formatter", "{b}\n{c}");
        ArrayNode data = node.putArray("data");
        slices.forEach(s -> {
            ObjectNode slice = data.addObject().put("name", s.name()).put("value", s.value());
            if (s.color() != null) {
                slice.putObject("itemStyle").put("color", s.color());
            }
        });
        return option;
    }

    /** A note in the middle of a chart that has nothing to draw (no categories, or every value zero). */
    static ObjectNode noData(ObjectNode option, String text) {
        option.withArray("series").forEach(series -> ((ObjectNode) series).putArray("data"));
        option.putObject("title").put("text", text).put("left", "center").put("top", "middle")
                .putObject("textStyle").put("fontSize", 14).put("fontWeight", "normal").put("color", "#8a94a6");
        return option;
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.objectNode();
        option.put("backgroundColor", "transparent");
        option.put("animation", false);
        return option;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
