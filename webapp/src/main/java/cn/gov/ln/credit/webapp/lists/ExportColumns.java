package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.export.ListExport;
import cn.gov.ln.credit.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The columns of a list's export, each a header as shown and the value the grid shows in it. */
public final class ExportColumns<T> {

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, Object>> values = new ArrayList<>();

    public ExportColumns<T> add(String header, Function<T, Object> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    /** The export of a list whose rows come a page at a time from {@code source}, the list's scoped query. */
    public ListExport export(String list, String filters, Function<PageRequest, List<T>> source) {
        return new ListExport(list, filters, headers, page -> source.apply(page).stream().map(this::cells).toList());
    }

    private List<Object> cells(T item) {
        List<Object> cells = new ArrayList<>(values.size());
        values.forEach(value -> cells.add(value.apply(item)));
        return cells;
    }
}
