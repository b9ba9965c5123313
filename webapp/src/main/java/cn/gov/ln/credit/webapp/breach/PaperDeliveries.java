package cn.gov.ln.credit.webapp.breach;

import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.document.CaseDocument;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.notification.NoticeDelivery;
import cn.gov.ln.credit.webapp.legaldocument.NoticeDeliveries;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery record of a breach case's papers for its officers: each paper's number, title and issue time, and
 * what became of it (opened online, handed over on paper with its receipt, not yet delivered, revoked), how the
 * notice about it reached the subject (app, e-mail, SMS), each to
 * download or print; an officer who may deliver papers records one handed over with the scanned receipt.
 */
class PaperDeliveries extends VerticalLayout {

    private final LegalDocuments papers;
    private final BreachQueries breachQueries;
    private final PeopleNames people;
    private final long breachId;
    private final List<LegalDocument> issued;
    private final Map<Long, List<NoticeDelivery>> notices;

    PaperDeliveries(LegalDocuments papers, PaperNotices paperNotices, BreachQueries breachQueries,
            PeopleNames people, long breachId, boolean mayDeliver, Runnable changed) {
        this.papers = papers;
        this.breachQueries = breachQueries;
        this.people = people;
        this.breachId = breachId;
        this.issued = people.load(papers.ofCase(CaseType.BREACH, breachId), LegalDocument::handedOverBy);
        this.notices = paperNotices.of(issued);
        setPadding(false);
        setId("case-papers");
        if (issued.isEmpty()) {
            add(new Paragraph(getTranslation("breach.papers.none")));
        }
        for (LegalDocument paper : issued) {
            add(row(paper, mayDeliver, changed));
        }
    }

    /** The advance notice, once issued. */
    Optional<LegalDocument> advanceNotice() {
        return issued.stream().filter(d -> d.type() == LegalDocumentType.BREACH_ADVANCE_NOTICE).findFirst();
    }

    /** When the subject read the paper online, or that they have not yet. */
    Span openedAt(LegalDocument paper, String id) {
        Span opened = new Span(paper.openedAt() == null ? getTranslation("breach.papers.notOpened")
                : UiSupport.dateTime(paper.openedAt()));
        opened.setId(id);
        return opened;
    }

    private Component row(LegalDocument paper, boolean mayDeliver, Runnable changed) {
        Div row = new Div();
        row.addClassName("paper-row");
        row.setId("paper-" + paper.id());
        Span number = new Span(paper.number());
        number.addClassName("paper-number");
        Span title = new Span(paper.type().title());
        title.getStyle().set("font-weight", "600");
        HorizontalLayout heading = new HorizontalLayout(title, number,
                new Span(getTranslation("breach.papers.issuedAt", UiSupport.dateTime(paper.issuedAt()))));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(
                PaperLinks.download(papers, paper, getTranslation("breach.papers.download"),
                        "paper-download-" + paper.id()),
                PaperLinks.print(papers, paper, getTranslation("breach.papers.print"), "paper-print-" + paper.id()));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        receipt(paper).ifPresent(actions::add);
        if (mayDeliver && paper.handedOverAt() == null && !paper.revoked()) {
            Button deliver = new Button(getTranslation("breach.papers.recordDelivery"), VaadinIcon.PAPERPLANE.create(),
                    e -> new HandOverDialog(papers, paper, changed).open());
            deliver.addThemeVariants(ButtonVariant.LUMO_SMALL);
            deliver.setId("paper-deliver-" + paper.id());
            actions.add(deliver);
        }
        row.add(heading, state(paper));
        if (notices.containsKey(paper.id())) {
            row.add(new NoticeDeliveries(notices.get(paper.id())));
        }
        row.add(actions);
        return row;
    }

    private Component state(LegalDocument paper) {
        List<String> lines = new ArrayList<>();
        if (paper.revoked()) {
            lines.add(getTranslation("breach.papers.state.revoked", UiSupport.dateTime(paper.revokedAt()),
                    paper.revocationReason()));
        }
        if (paper.openedAt() != null) {
            lines.add(getTranslation("breach.papers.state.opened", UiSupport.dateTime(paper.openedAt())));
        }
        if (paper.handedOverAt() != null) {
            lines.add(getTranslation("breach.papers.state.handedOver", UiSupport.dateTime(paper.handedOverAt()),
                    people.of(this, paper.handedOverBy())));
        }
        if (lines.isEmpty()) {
            lines.add(getTranslation("breach.papers.state.notDelivered"));
        }
        Span state = UiSupport.badge(String.join(" · ", lines), paper.revoked() ? "error"
                : paper.delivered() ? "success" : "contrast");
        state.setId("paper-state-" + paper.id());
        return state;
    }

    /** The scanned receipt of a paper handed over, to download. */
    private Optional<Anchor> receipt(LegalDocument paper) {
        if (paper.receiptDocumentId() == null) {
            return Optional.empty();
        }
        long receiptId = paper.receiptDocumentId();
        return breachQueries.documents(breachId).stream().filter(d -> d.id() == receiptId).findFirst()
                .map(document -> receiptLink(document, paper));
    }

    private Anchor receiptLink(CaseDocument document, LegalDocument paper) {
        Anchor link = new Anchor(PaperLinks.file(document.fileName(), document.contentType(),
                () -> breachQueries.documentContent(breachId, document.id())), AttachmentType.DOWNLOAD,
                getTranslation("breach.papers.receipt"));
        link.setId("paper-receipt-" + paper.id());
        return link;
    }
}
