package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.SingleFileField;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;

/** Records a paper handed over on paper: the scanned receipt the recipient signed (送达回证). */
class HandOverDialog extends Dialog {

    HandOverDialog(LegalDocuments papers, LegalDocument paper, Runnable recorded) {
        setHeaderTitle(getTranslation("breach.papers.recordDelivery.of", paper.type().title(), paper.number()));
        SingleFileField receipt = new SingleFileField(getTranslation("breach.papers.receipt"));
        receipt.setHelperText(getTranslation("breach.papers.recordDelivery.hint"));
        receipt.setWidthFull();
        receipt.setId("receipt-file");
        add(new Paragraph(getTranslation("breach.papers.recordDelivery.recipient", paper.recipientName())), receipt);
        Button save = new Button(getTranslation("breach.papers.recordDelivery.save"), e -> {
            try {
                papers.recordHandOver(paper.id(), receipt.getValue());
                UiSupport.success(getTranslation("breach.papers.recordDelivery.done", paper.number()));
                close();
                recorded.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of(LegalDocuments.RECEIPT_PURPOSE, receipt));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("receipt-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        setWidth("32rem");
    }
}
