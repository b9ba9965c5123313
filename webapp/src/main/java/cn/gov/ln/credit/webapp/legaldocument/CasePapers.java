package cn.gov.ln.credit.webapp.legaldocument;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.PaperNotices;
import cn.gov.ln.credit.notification.NoticeDelivery;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/**
 * The papers (文书) of a case as the reader may see them, oldest first: each with its title, number, case, time of
 * issue and state (a revoked paper says when and why), a download button and a print button that opens the PDF in
 * a new tab; for the case's officers, how the notice about it reached the addressee. Each paper is a block whose
 * parts wrap, so the list fits a phone.
 */
public class CasePapers extends VerticalLayout {

    private static final String PDF = "application/pdf";

    private final LegalDocuments documents;
    private final Map<Long, List<NoticeDelivery>> notices;

    /** The papers of one case, by the case's rule of who reads what. */
    public CasePapers(LegalDocuments documents, CaseType caseType, long caseId) {
        this(documents, documents.ofCase(caseType, caseId), Map.of());
    }

    /** The papers of one case for its officers, each with how the notice about it reached the addressee. */
    public CasePapers(LegalDocuments documents, PaperNotices notices, CaseType caseType, long caseId) {
        this(documents, documents.ofCase(caseType, caseId), notices);
    }

    private CasePapers(LegalDocuments documents, List<LegalDocument> papers, PaperNotices notices) {
        this(documents, papers, notices.of(papers));
    }

    /** Papers the caller has read already (the papers of several cases of one applicant, say). */
    public CasePapers(LegalDocuments documents, List<LegalDocument> papers) {
        this(documents, papers, Map.of());
    }

    private CasePapers(LegalDocuments documents, List<LegalDocument> papers,
            Map<Long, List<NoticeDelivery>> notices) {
        this.documents = documents;
        this.notices = notices;
        setPadding(false);
        setSpacing(true);
        addClassName("case-papers");
        if (papers.isEmpty()) {
            Span none = new Span(getTranslation("casePapers.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, "case-papers-none");
            add(none);
        }
        papers.forEach(paper -> add(paper(paper)));
    }

    /** The paper's number as a link that opens its PDF in a new tab, for a table with one column for it. */
    public static Anchor opener(LegalDocuments documents, LegalDocument paper) {
        Anchor link = new Anchor(resource(documents, paper, true), paper.number());
        link.setTarget(AnchorTarget.BLANK);
        link.setId("paper-open-" + paper.id());
        // Opening the paper does not also click the row it is shown in.
        link.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return link;
    }

    private Component paper(LegalDocument paper) {
        Span title = new Span(paper.type().title());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span number = new Span(paper.number());
        number.addClassName("case-paper-number");
        FlexLayout heading = wrapping(title, number);
        FlexLayout facts = wrapping(new Span(getTranslation("casePapers.case", paper.caseNo())),
                new Span(getTranslation("casePapers.issued", UiSupport.dateTime(paper.issuedAt()))), state(paper));
        facts.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div block = new Div(heading, facts);
        if (paper.revoked()) {
            Span reason = new Span(getTranslation("casePapers.revocationReason", paper.revocationReason()));
            reason.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
            block.add(reason);
        }
        List<NoticeDelivery> delivered = notices.get(paper.id());
        if (delivered != null) {
            block.add(new NoticeDeliveries(delivered));
        }
        block.add(wrapping(action(paper, true), action(paper, false)));
        block.addClassNames("case-paper", LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL, LumoUtility.Width.FULL,
                LumoUtility.BoxSizing.BORDER);
        block.getStyle().set("overflow-wrap", "anywhere");
        block.setId("paper-" + paper.id());
        return block;
    }

    private Span state(LegalDocument paper) {
        if (paper.revoked()) {
            return UiSupport.badge(getTranslation("casePapers.state.revoked", UiSupport.dateTime(paper.revokedAt())),
                    "error");
        }
        return paper.delivered() ? UiSupport.badge(getTranslation("casePapers.state.delivered"), "success")
                : UiSupport.badge(getTranslation("casePapers.state.issued"), "contrast");
    }

    /** Download saves the PDF; print opens it in a new tab, where the browser prints it. */
    private Anchor action(LegalDocument paper, boolean print) {
        Anchor link = new Anchor(resource(documents, paper, print), "");
        if (print) {
            link.setTarget(AnchorTarget.BLANK);
        } else {
            link.getElement().setAttribute("download", true);
        }
        Button button = new Button(getTranslation(print ? "casePapers.print" : "casePapers.download"),
                (print ? VaadinIcon.PRINT : VaadinIcon.DOWNLOAD).create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.add(button);
        link.setId((print ? "paper-print-" : "paper-download-") + paper.id());
        return link;
    }

    /** The PDF as issued, read through the service each time (reading by its addressee records its delivery). */
    private static StreamResource resource(LegalDocuments documents, LegalDocument paper, boolean inline) {
        StreamResource resource = new StreamResource(paper.fileName(),
                () -> new ByteArrayInputStream(documents.file(paper.id())));
        resource.setContentType(PDF);
        resource.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\""
                + paper.fileName() + "\"");
        return resource;
    }

    private static FlexLayout wrapping(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames(LumoUtility.Gap.Column.MEDIUM, LumoUtility.Gap.Row.XSMALL,
                LumoUtility.AlignItems.BASELINE);
        return row;
    }
}
