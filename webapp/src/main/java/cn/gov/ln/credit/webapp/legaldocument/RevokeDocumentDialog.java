package cn.gov.ln.credit.webapp.legaldocument;

import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/** Revokes a paper with a stated reason; it stays stored, and verifies as revoked from then on. */
class RevokeDocumentDialog extends Dialog {

    RevokeDocumentDialog(LegalDocuments documents, long id, Consumer<LegalDocument> done) {
        setHeaderTitle(getTranslation("documentView.revoke"));
        setMaxWidth("32rem");
        TextArea reason = new TextArea(getTranslation("documentView.revocationReason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("document-revoke-reason");
        add(new Paragraph(getTranslation("documentView.revoke.explain")), reason);
        Button confirm = new Button(getTranslation("documentView.revoke"), e -> {
            try {
                LegalDocument revoked = documents.revoke(id, reason.getValue());
                UiSupport.success(getTranslation("documentView.revoked"));
                close();
                done.accept(revoked);
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("document-revoke-confirm");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
