package cn.gov.ln.credit.webapp.lists;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list's filters as its URL's query string, so a link, a bookmark and a saved filter are the same thing.
 * Names are lowercase English, enum values their lowercase names, dates ISO; a value that does not parse is
 * ignored, as if the filter were not set.
 */
public final class ListUrl {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static ListUrl of(QueryParameters parameters) {
        ListUrl url = new ListUrl();
        parameters.getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && !list.get(0).isBlank()) {
                url.values.put(name, list.get(0).strip());
            }
        });
        return url;
    }

    public static ListUrl empty() {
        return new ListUrl();
    }

    public String text(String name) {
        return values.get(name);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public LocalDate date(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Long number(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sets or, for null or blank, removes a parameter. */
    public ListUrl with(String name, Object value) {
        String text = value == null ? null
                : value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value).strip();
        if (text == null || text.isEmpty()) {
            values.remove(name);
        } else {
            values.put(name, text);
        }
        return this;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The query string in the order the parameters were set (QueryParameters' own does not keep it). */
    public String queryString() {
        return values.entrySet().stream().map(e -> encoded(e.getKey()) + "=" + encoded(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public QueryParameters parameters() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        values.forEach((name, value) -> map.put(name, List.of(value)));
        return new QueryParameters(map);
    }

    /** Puts the filters in the address bar without a new history entry or a navigation. */
    public void replaceState(String route) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(route, parameters()));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
