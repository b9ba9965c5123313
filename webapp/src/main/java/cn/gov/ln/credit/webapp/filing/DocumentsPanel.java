package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingDocument;
import cn.gov.ln.credit.filing.FilingDocuments;
import cn.gov.ln.credit.forms.FormFile;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The papers of a filing: each with who uploaded it and its checksum, downloadable by those who may read the
 * filing; while the filing is open the applicant and the handling officers add more. A list that wraps, not a
 * grid, so a phone shows each paper whole.
 */
@StyleSheet("context://styles/journey.css")
class DocumentsPanel extends VerticalLayout {

    private final FilingDocuments filingDocuments;
    private final Filing filing;
    private final Runnable changed;

    DocumentsPanel(FilingDocuments filingDocuments, Filing filing, List<FilingDocument> documents, List<String> papers,
            Runnable changed, PeopleNames people) {
        this.filingDocuments = filingDocuments;
        this.filing = filing;
        this.changed = changed;
        setPadding(false);
        setId("filing-documents");
        people.load(documents, FilingDocument::uploadedBy);
        OrderedList list = new OrderedList();
        list.addClassName("filing-document-list");
        for (FilingDocument document : documents) {
            Span paper = new Span(document.paperName());
            paper.addClassName("filing-document-paper");
            Div heading = new Div(paper, download(document));
            heading.addClassName("filing-document-heading");
            Div facts = new Div(Math.max(1, document.sizeBytes() / 1024) + " KB · " + people.of(this,
                    document.uploadedBy()) + " · " + UiSupport.dateTime(document.uploadedAt()) + " · SHA-256 "
                    + document.sha256().substring(0, 16) + "…");
            facts.addClassName("filing-document-facts");
            ListItem entry = new ListItem(heading, facts);
            entry.addClassName("filing-document");
            list.add(entry);
        }
        add(list);
        if (filing.isOpen()) {
            add(uploader(papers));
        }
    }

    private Component download(FilingDocument document) {
        StreamResource resource = new StreamResource(document.fileName(),
                () -> new ByteArrayInputStream(filingDocuments.documentContent(document.id())));
        resource.setContentType(document.contentType());
        Anchor link = new Anchor(resource, document.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private Component uploader(List<String> papers) {
        ComboBox<String> paper = new ComboBox<>(getTranslation("filing.document.paper"));
        paper.setItems(papers);
        paper.setAllowCustomValue(true);
        paper.addCustomValueSetListener(e -> paper.setValue(e.getDetail()));
        paper.setWidthFull();
        paper.getStyle().set("max-width", "20rem");
        paper.setId("document-paper");
        AtomicReference<FormFile> received = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                received.set(new FormFile(metadata.fileName(), metadata.contentType(), bytes))));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize((int) FilingDocuments.MAX_DOCUMENT_BYTES);
        upload.setMaxFiles(1);
        upload.setId("document-upload");
        UiSupport.localize(upload);
        upload.addSucceededListener(e -> {
            FormFile file = received.getAndSet(null);
            upload.clearFileList();
            if (file == null) {
                return;
            }
            try {
                filingDocuments.upload(filing.id(), paper.getValue(), file.fileName(), file.contentType(),
                        file.content());
                UiSupport.success(getTranslation("filing.document.added", file.fileName()));
                changed.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("paperName", paper));
            }
        });
        HorizontalLayout row = new HorizontalLayout(paper, upload);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        // on a phone the upload goes under the paper's name instead of past the screen's edge
        row.setWrap(true);
        row.setWidthFull();
        Span format = new Span(getTranslation("guide.material.format", "PDF、JPEG、PNG",
                FilingDocuments.MAX_DOCUMENT_BYTES / 1024 / 1024));
        format.addClassName("filing-document-facts");
        return new Div(row, format);
    }
}
