package cn.gov.ln.credit.webapp.form;

import cn.gov.ln.credit.forms.FormComponent;
import cn.gov.ln.credit.forms.FormFile;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A form-js file picker: files are held in memory until the form is submitted, then stored with the case by the
 * service. The browser is told the accepted types and the size limit; the server checks them again.
 */
class FilePickerField extends CustomField<List<FormFile>> {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final List<FormFile> files = new CopyOnWriteArrayList<>();
    private final Upload upload;

    FilePickerField(FormComponent component, String label) {
        setLabel(label);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                files.add(new FormFile(metadata.fileName(), metadata.contentType(), bytes))));
        upload.setMaxFiles(component.multiple() ? 10 : 1);
        upload.setMaxFileSize(MAX_BYTES);
        if (!component.acceptedTypes().isEmpty()) {
            upload.setAcceptedFileTypes(component.acceptedTypes().toArray(String[]::new));
        }
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        upload.addSucceededListener(e -> updateValue());
        upload.setWidthFull();
        UiSupport.localize(upload);
        setRequiredIndicatorVisible(component.required());
        setHelperText(component.description());
        add(upload);
    }

    @Override
    protected List<FormFile> generateModelValue() {
        return List.copyOf(files);
    }

    @Override
    protected void setPresentationValue(List<FormFile> value) {
        if (value == null || value.isEmpty()) {
            files.clear();
            upload.clearFileList();
        }
    }
}
