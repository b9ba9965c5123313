package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.FilingDocuments;
import cn.gov.ln.credit.filing.NewAttachment;
import cn.gov.ln.credit.forms.FormFile;
import cn.gov.ln.credit.matter.PermitMaterial;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The apply screen's materials: one upload per material of the matter's catalogue, marked required, optional or
 * replaced by the pledge when the applicant files on one. The browser refuses a wrong type or size at once; the
 * service checks all again when the application is submitted, and its refusals show at the material they name.
 */
@StyleSheet("context://styles/journey.css")
class MaterialUploads extends Div {

    private final Map<String, Row> rows = new LinkedHashMap<>();

    MaterialUploads(PermitMatter matter) {
        addClassName("apply-materials");
        setId("apply-materials");
        add(new H3(getTranslation("apply.materials")), new Paragraph(getTranslation("apply.materials.hint")));
        for (PermitMaterial material : matter.materials()) {
            Row row = new Row(material, matter.acceptsPledgeInLieu());
            rows.put(FilingDocuments.field(material.name()), row);
            add(row);
        }
    }

    /** Marks the materials a pledge replaces as not needed while the applicant files on a pledge in lieu. */
    void filingOnPledge(boolean onPledge) {
        rows.values().forEach(row -> row.mark(onPledge));
    }

    /** The files picked so far, one per material. */
    List<NewAttachment> attachments() {
        List<NewAttachment> attached = new ArrayList<>();
        rows.values().forEach(row -> {
            FormFile file = row.file.get();
            if (file != null) {
                attached.add(new NewAttachment(row.material.name(), file.fileName(), file.contentType(),
                        file.content()));
            }
        });
        return attached;
    }

    /** Each material's row by the field the service names it with, for its refusals. */
    Map<String, HasValidation> fields() {
        return Map.copyOf(rows);
    }

    /** One material: its name and marks, what it accepts, its upload and its error. */
    private static final class Row extends Div implements HasValidation {

        private final PermitMaterial material;
        private final AtomicReference<FormFile> file = new AtomicReference<>();
        private final Span mark = new Span();
        private final Span error = new Span();
        private final boolean pledgeOpen;

        Row(PermitMaterial material, boolean pledgeOpen) {
            this.material = material;
            this.pledgeOpen = pledgeOpen;
            addClassName("material-row");
            setId("material-" + material.seq());
            Span name = new Span(material.name());
            name.addClassName("guide-material-name");
            Span format = new Span(getTranslation("guide.material.format", FilingDocuments.typeNames(
                    material.types()), material.maxMegabytes()));
            format.addClassName("guide-material-format");
            // the handler keeps the file as it arrives; the listeners below only touch the screen
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                    file.set(new FormFile(metadata.fileName(), metadata.contentType(), bytes))));
            upload.setAcceptedFileTypes(accepted(material.types()));
            upload.setMaxFileSize((int) material.maxBytes());
            upload.setMaxFiles(1);
            UiSupport.localize(upload);
            // the web component's own event: the succeeded listener is not fired for an upload handler
            upload.getElement().addEventListener("upload-success", e -> setInvalid(false));
            upload.addFileRemovedListener(e -> file.set(null));
            upload.addFileRejectedListener(e -> {
                setErrorMessage(getTranslation("apply.material.rejected", e.getErrorMessage()));
                setInvalid(true);
            });
            error.addClassName("material-error");
            error.setVisible(false);
            add(name, mark, format, upload, error);
            mark(false);
        }

        void mark(boolean onPledge) {
            mark.removeAll();
            mark.getElement().getThemeList().clear();
            if (onPledge && pledgeOpen && material.replacedByPledge()) {
                mark.setText(getTranslation("apply.material.replacedNow"));
                mark.getElement().getThemeList().add("badge success");
            } else {
                mark.setText(getTranslation(material.required() ? "guide.material.required"
                        : "guide.material.optional"));
                mark.getElement().getThemeList().add(material.required() ? "badge" : "badge contrast");
            }
            mark.getStyle().set("margin-left", "var(--lumo-space-xs)");
        }

        private static String[] accepted(List<String> types) {
            List<String> accepted = new ArrayList<>(types);
            for (String type : types) {
                switch (type) {
                    case "application/pdf" -> accepted.add(".pdf");
                    case "image/jpeg" -> accepted.addAll(List.of(".jpg", ".jpeg"));
                    case "image/png" -> accepted.add(".png");
                    default -> { }
                }
            }
            return accepted.toArray(String[]::new);
        }

        @Override
        public void setErrorMessage(String errorMessage) {
            error.setText(errorMessage == null ? "" : errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return error.getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            error.setVisible(invalid);
            getElement().setAttribute("invalid", invalid);
        }

        @Override
        public boolean isInvalid() {
            return error.isVisible();
        }
    }
}
