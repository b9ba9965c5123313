package cn.gov.ln.credit.export;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.PageRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a list as an Excel workbook (.xlsx), streamed: rows come a page at a time from the list's own query, which
 * already keeps to what the caller may see, and only a window of them is held in memory. Every export is audited
 * with the list, its filters and the number of rows written.
 */
@Service
public class ListExports {

    /** A workbook holds at most this many rows; a longer list is cut there and its audit entry says so. */
    public static final int MAX_ROWS = 100_000;

    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final AuditService audit;
    private final AccessGuard guard;

    ListExports(AuditService audit, AccessGuard guard) {
        this.audit = audit;
        this.guard = guard;
    }

    /** Writes the workbook to {@code out} and returns the number of data rows. */
    @Transactional
    public long write(ListExport export, OutputStream out) {
        Actor actor = guard.current();
        long rows = 0;
        boolean cut = false;
        try (SpreadsheetWriter sheet = new SpreadsheetWriter(export.list())) {
            sheet.header(export.headers());
            for (int offset = 0; ; offset += PAGE) {
                if (offset >= MAX_ROWS) {
                    cut = !export.rows().page(new PageRequest(offset, 1)).isEmpty();
                    break;
                }
                List<List<Object>> page = export.rows().page(new PageRequest(offset, Math.min(PAGE,
                        MAX_ROWS - offset)));
                page.forEach(sheet::row);
                rows += page.size();
                if (page.size() < PAGE) {
                    break;
                }
            }
            sheet.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(actor, AuditActions.LIST_EXPORTED, "list", export.list(),
                "filters=" + export.filters() + "; rows=" + rows + (cut ? "; cut at " + MAX_ROWS : ""));
        return rows;
    }
}
