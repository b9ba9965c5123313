package cn.gov.ln.credit.webapp.lists;

import cn.gov.ln.credit.export.ListExport;
import cn.gov.ln.credit.export.ListExports;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * "Export to Excel" on a list: each download writes the list as it is filtered at that moment, through
 * {@link ListExports} (the list's own scoped query, paged through, audited). {@code export} is asked on every
 * download, under the session's lock, so it reads the current filters and sort; the rows are written after the lock
 * is released, so the screen stays usable while a long list streams.
 */
public class ExportLink extends Anchor {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public ExportLink(ListExports exports, String id, Supplier<ListExport> export) {
        super(handler(exports, export), AttachmentType.DOWNLOAD, "");
        setId(id);
        add(VaadinIcon.DOWNLOAD_ALT.create());
        add(getTranslation("lists.export"));
        getElement().setAttribute("title", getTranslation("lists.export.hint"));
        getElement().getThemeList().add("export");
    }

    private static DownloadHandler handler(ListExports exports, Supplier<ListExport> export) {
        return event -> {
            ListExport list;
            event.getSession().lock();
            try {
                list = export.get();
            } finally {
                event.getSession().unlock();
            }
            event.setFileName(list.list() + "-" + LocalDateTime.now().format(STAMP) + ".xlsx");
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                exports.write(list, out);
            }
        };
    }
}
