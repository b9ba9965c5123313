package cn.gov.ln.credit.export;

import cn.gov.ln.credit.shared.PageRequest;
import java.util.List;
import java.util.Objects;

/**
 * What one list export writes: the list's name and its filters as the audit trail records them, the column headers
 * in the reader's language, and the rows, read page by page from the list's own scoped query.
 *
 * @param list the list's route, e.g. {@code filings}
 * @param filters the filters applied, as the list's query string
 * @param headers the column headers, as shown
 * @param rows one page of rows, each a list of cell values as shown (text, numbers or dates)
 */
public record ListExport(String list, String filters, List<String> headers, Rows rows) {

    public ListExport {
        Objects.requireNonNull(list, "list");
        filters = filters == null ? "" : filters;
        headers = List.copyOf(headers);
        Objects.requireNonNull(rows, "rows");
    }

    /** A page of a list's rows as cells; an empty page or a short one ends the export. */
    @FunctionalInterface
    public interface Rows {
        List<List<Object>> page(PageRequest page);
    }
}
