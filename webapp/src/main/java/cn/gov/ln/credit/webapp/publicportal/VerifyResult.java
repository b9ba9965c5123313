package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.legaldocument.DocumentCheck;
import cn.gov.ln.credit.pledge.Verification;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;

/**
 * The answer of the verification page: the outcome in words, and the public facts of a letter or paper that
 * verified. A pledge letter whose record code or code did not match, and a paper that did not verify, answer
 * alike ({@code data-outcome="NOT_VERIFIED"}), asking the reader to check what they typed.
 */
class VerifyResult extends Div {

    static final String NOT_VERIFIED = "NOT_VERIFIED";

    VerifyResult() {
        setId("verify-result");
        setWidthFull();
        setVisible(false);
        getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)")
                .set("overflow-wrap", "anywhere");
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(Verification verification) {
        switch (verification.outcome()) {
            case NOT_FOUND, HASH_MISMATCH -> notVerified("pledge");
            case TAMPERED -> answer("pledge", verification.outcome().name(), false,
                    getTranslation("enum.Outcome.TAMPERED"));
            case AUTHENTIC -> {
                answer("pledge", verification.outcome().name(), true, getTranslation("enum.Outcome.AUTHENTIC"));
                boolean inForce = verification.inForceOn(LocalDate.now(UiSupport.ZONE));
                Paragraph currency = new Paragraph(getTranslation(inForce ? "portal.verify.current"
                        : "portal.verify.notCurrent"));
                currency.getStyle().set("color", inForce ? "var(--lumo-success-text-color)"
                        : "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
                currency.setId("verify-currency");
                add(currency, pledgeFacts(verification));
            }
        }
    }

    void show(DocumentCheck check) {
        switch (check.outcome()) {
            case NOT_VERIFIED -> notVerified("document");
            case VALID -> {
                answer("document", check.outcome().name(), true, getTranslation("portal.verify.document.valid"));
                add(documentFacts(check));
            }
            case REVOKED -> {
                answer("document", check.outcome().name(), false, getTranslation("portal.verify.document.revoked",
                        UiSupport.dateTime(check.revokedAt())));
                add(documentFacts(check));
            }
        }
    }

    private void notVerified(String kind) {
        answer(kind, NOT_VERIFIED, false, getTranslation("portal.verify.notVerified"));
        Paragraph help = new Paragraph(getTranslation("portal.verify.notVerifiedHelp"));
        help.getStyle().set("margin-bottom", "0");
        add(help);
    }

    /** Starts the answer anew with its outcome line, green when it may be relied on, red otherwise. */
    private void answer(String kind, String outcome, boolean good, String text) {
        removeAll();
        getElement().setAttribute("data-kind", kind);
        getElement().setAttribute("data-outcome", outcome);
        getStyle().set("border-left", "4px solid " + (good ? "var(--lumo-success-color)" : "var(--lumo-error-color)"));
        Paragraph line = new Paragraph(text);
        line.getStyle().set("font-weight", "600").set("margin-top", "0")
                .set("color", good ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        line.setId("verify-outcome");
        add(line);
        setVisible(true);
    }

    private DescriptionList pledgeFacts(Verification v) {
        DescriptionList list = facts();
        fact(list, "portal.recordCode", v.recordCode());
        fact(list, "portal.verify.status", status(v));
        fact(list, "portal.fulfillment", v.fulfillmentStatus() == null ? getTranslation("portal.fulfillment.pending")
                : UiSupport.label(this, v.fulfillmentStatus()));
        fact(list, "portal.pledger", v.pledgerName());
        fact(list, "portal.verify.category", UiSupport.label(this, v.pledgerCategory()));
        fact(list, "portal.acceptingUnit", v.acceptingUnitName());
        fact(list, "portal.matter", v.matterName());
        fact(list, "portal.verify.signedAt", UiSupport.dateTime(v.signedAt()));
        fact(list, "portal.validUntil", UiSupport.date(v.validUntil()));
        return list;
    }

    private DescriptionList documentFacts(DocumentCheck check) {
        DescriptionList list = facts();
        fact(list, "portal.verify.document.number", check.number());
        fact(list, "portal.verify.document.title", check.title());
        fact(list, "portal.verify.document.issuer", check.issuer());
        fact(list, "portal.verify.document.issuedAt", UiSupport.dateTime(check.issuedAt()));
        fact(list, "portal.verify.document.recipient", check.recipient());
        fact(list, "portal.verify.document.caseNo", check.caseNo());
        if (check.revokedAt() != null) {
            fact(list, "portal.verify.document.revokedAt", UiSupport.dateTime(check.revokedAt()));
        }
        return list;
    }

    /** Label and value side by side; the value column shrinks and wraps, so a phone needs no sideways scrolling. */
    private static DescriptionList facts() {
        DescriptionList list = new DescriptionList();
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content minmax(0, 1fr)")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin", "0");
        list.setId("verify-facts");
        return list;
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(labelKey));
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "" : value);
        description.getStyle().set("margin", "0").set("overflow-wrap", "anywhere");
        list.add(term, description);
    }

    private String status(Verification v) {
        String status = UiSupport.label(this, v.status());
        if (v.supersededBy() != null) {
            return status + " · " + getTranslation("portal.verify.supersededBy", v.supersededBy());
        }
        if (v.expiredOn(LocalDate.now(UiSupport.ZONE))) {
            return status + " · " + getTranslation("portal.verify.expired");
        }
        return status;
    }
}
