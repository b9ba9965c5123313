package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.pledge.PledgePublication;
import cn.gov.ln.credit.pledge.Verification;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a pledge letter by its record code and verification hash (SM3), as printed on the letter. Details are
 * shown only for an authentic letter; a link may carry both values as query parameters "code" and "hash".
 */
@Route(value = "public/verify", layout = PublicLayout.class)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    static final String HASH = "hash";
    private static final Pattern RECORD_CODE = Pattern.compile("\\d{20}");

    private final PledgePublication publication;
    private final TextField code = new TextField();
    private final TextField hash = new TextField();
    private final Div result = new Div();

    public VerifyView(PledgePublication publication) {
        this.publication = publication;
        addClassName("verify-view");
        setMaxWidth("56rem");

        Paragraph explanation = new Paragraph(getTranslation("portal.verify.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        code.setLabel(getTranslation("portal.verify.code"));
        code.setHelperText(getTranslation("portal.verify.codeHelp"));
        // Both values are usually copied from the letter with spaces and line breaks; the browser refuses a whole
        // paste that holds a character outside the pattern, so white space is allowed and removed on checking.
        code.setAllowedCharPattern("[0-9\\s]");
        code.setMaxLength(32);
        code.setClearButtonVisible(true);
        code.setWidth("20rem");
        code.setId("verify-code");
        hash.setLabel(getTranslation("portal.verify.hash"));
        hash.setHelperText(getTranslation("portal.verify.hashHelp"));
        hash.setAllowedCharPattern("[0-9A-Za-z\\s-]");
        hash.setMaxLength(128);
        hash.setClearButtonVisible(true);
        hash.setWidthFull();
        hash.setId("verify-hash");
        Button verify = new Button(getTranslation("portal.verify.button"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.setId("verify-button");

        result.setId("verify-result");
        result.setWidthFull();
        result.setVisible(false);
        result.getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");

        add(new H2(getTranslation("portal.verify.title")), explanation, code, hash, verify, result);
    }

    /** A link from a letter or the public list may carry the values; with both, the check runs at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> givenCode = parameters.getSingleParameter(CODE);
        Optional<String> givenHash = parameters.getSingleParameter(HASH);
        givenCode.ifPresent(value -> code.setValue(value.strip()));
        givenHash.ifPresent(value -> hash.setValue(value.strip()));
        if (givenCode.isPresent() && givenHash.isPresent()) {
            verify();
        }
    }

    private void verify() {
        String recordCode = code.getValue().replaceAll("\\s", "");
        boolean codeValid = RECORD_CODE.matcher(recordCode).matches();
        boolean hashGiven = !hash.getValue().isBlank();
        code.setErrorMessage(getTranslation("portal.verify.codeInvalid"));
        code.setInvalid(!codeValid);
        hash.setErrorMessage(getTranslation("portal.verify.hashRequired"));
        hash.setInvalid(!hashGiven);
        if (!codeValid || !hashGiven) {
            result.setVisible(false);
            return;
        }
        show(publication.verify(recordCode, hash.getValue()));
    }

    private void show(Verification verification) {
        boolean authentic = verification.outcome() == Verification.Outcome.AUTHENTIC;
        result.removeAll();
        result.getElement().setAttribute("data-outcome", verification.outcome().name());
        result.getStyle().set("border-left", "4px solid "
                + (authentic ? "var(--lumo-success-color)" : "var(--lumo-error-color)"));
        Paragraph outcome = new Paragraph(getTranslation("enum.Outcome." + verification.outcome().name()));
        outcome.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Top.NONE,
                authentic ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        outcome.setId("verify-outcome");
        result.add(outcome);
        if (authentic) {
            boolean inForce = verification.inForceOn(LocalDate.now(UiSupport.ZONE));
            Paragraph currency = new Paragraph(getTranslation(inForce ? "portal.verify.current"
                    : "portal.verify.notCurrent"));
            currency.addClassName(inForce ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.WARNING);
            currency.setId("verify-currency");
            result.add(currency, facts(verification));
        }
        result.setVisible(true);
    }

    private DescriptionList facts(Verification v) {
        DescriptionList list = new DescriptionList();
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)").set("margin", "0");
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
        list.setId("verify-facts");
        return list;
    }

    private void fact(DescriptionList list, String labelKey, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(labelKey));
        term.addClassName(LumoUtility.TextColor.SECONDARY);
        DescriptionList.Description description = new DescriptionList.Description(value == null ? "" : value);
        description.getStyle().set("margin", "0");
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


    @Override
    public String getPageTitle() {
        return getTranslation("portal.verify.title") + " · " + getTranslation("app.title");
    }
}
