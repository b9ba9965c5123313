package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * The links of a paper: download its PDF, print it (the PDF opened in a new tab), and open it on its own screen.
 * The PDF is read through {@link LegalDocuments#file}, so its addressee downloading it counts as opening it.
 */
final class PaperLinks {

    static final String PDF = "application/pdf";

    private PaperLinks() {
    }

    static Anchor download(LegalDocuments papers, LegalDocument paper, String text, String id) {
        Anchor link = new Anchor(file(paper.fileName(), PDF, () -> papers.file(paper.id())), AttachmentType.DOWNLOAD,
                text);
        link.setId(id);
        return link;
    }

    static Anchor print(LegalDocuments papers, LegalDocument paper, String text, String id) {
        Anchor link = new Anchor(file(paper.fileName(), PDF, () -> papers.file(paper.id())), AttachmentType.INLINE,
                text);
        link.setTarget(AnchorTarget.BLANK);
        link.setId(id);
        return link;
    }

    static DownloadHandler file(String fileName, String contentType, Supplier<byte[]> content) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        });
    }
}
