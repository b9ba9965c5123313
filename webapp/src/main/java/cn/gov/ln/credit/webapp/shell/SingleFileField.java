package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.document.CaseDocumentService;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One file a case rests on (a legal document, a proof), held in memory until the form is submitted; the service
 * checks it again when it stores it.
 */
public class SingleFileField extends CustomField<cn.gov.ln.credit.document.Upload> {

    private final AtomicReference<cn.gov.ln.credit.document.Upload> file = new AtomicReference<>();
    private final Upload upload;

    public SingleFileField(String label) {
        setLabel(label);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            file.set(new cn.gov.ln.credit.document.Upload(metadata.fileName(), metadata.contentType(), bytes));
            // the handler may finish after the upload's success event: take the value when the bytes are here
            getUI().ifPresent(ui -> ui.access(this::updateValue));
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CaseDocumentService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRemovedListener(e -> {
            file.set(null);
            updateValue();
        });
        upload.addSucceededListener(e -> updateValue());
        upload.setWidthFull();
        UiSupport.localize(upload);
        setRequiredIndicatorVisible(true);
        add(upload);
    }

    @Override
    protected cn.gov.ln.credit.document.Upload generateModelValue() {
        return file.get();
    }

    @Override
    protected void setPresentationValue(cn.gov.ln.credit.document.Upload value) {
        if (value == null) {
            file.set(null);
            upload.clearFileList();
        }
    }
}
