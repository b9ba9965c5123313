package cn.gov.ln.credit.webapp.publicportal;

import cn.gov.ln.credit.legaldocument.DocumentCheck;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.legaldocument.VerificationAddress;
import cn.gov.ln.credit.pledge.PledgePublication;
import cn.gov.ln.credit.printing.VerificationCodes;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a pledge letter or a paper (文书) by the number and the verification code printed on it; the QR code on
 * either opens this page with both filled in ({@link VerificationAddress}: parameters {@code n} and {@code c}) and
 * the check runs at once. A 20-digit number is a pledge's record code (no paper number is all digits: each carries
 * its series word); a pledge letter printed before letters had short codes is checked by its 64-character hash.
 * A wrong code and an unknown number get the same answer, "not verified, check what you typed": never "forged",
 * since a typo is far likelier than a forgery.
 */
@Route(value = "public/verify", layout = PublicLayout.class)
@AnonymousAllowed
public class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NUMBER = VerificationAddress.NUMBER;
    static final String CODE = VerificationAddress.CODE;
    /** The parameters of links made before the short codes: a pledge's record code and its letter's hash. */
    static final String OLD_RECORD_CODE = "code";
    static final String OLD_HASH = "hash";
    private static final Pattern RECORD_CODE = Pattern.compile("\\d{20}");
    private static final Pattern HASH = Pattern.compile("[0-9A-Fa-f]{64}");

    private final PledgePublication pledges;
    private final LegalDocuments documents;
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final VerifyResult result = new VerifyResult();

    public VerifyView(PledgePublication pledges, LegalDocuments documents) {
        this.pledges = pledges;
        this.documents = documents;
        addClassName("verify-view");
        setMaxWidth("56rem");
        setWidthFull();
        getStyle().set("box-sizing", "border-box");

        Paragraph explanation = new Paragraph(getTranslation("portal.verify.explanation"));
        explanation.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);
        number.setLabel(getTranslation("portal.verify.number"));
        number.setHelperText(getTranslation("portal.verify.numberHelp"));
        number.setMaxLength(80);
        number.setClearButtonVisible(true);
        number.setWidthFull();
        number.getStyle().set("max-width", "28rem");
        number.setId("verify-number");
        // Codes are copied from papers with spaces, hyphens and line breaks; the browser refuses a whole paste that
        // holds a character outside the pattern, so those are allowed and removed on checking.
        code.setLabel(getTranslation("portal.verify.code"));
        code.setHelperText(getTranslation("portal.verify.codeHelp"));
        code.setAllowedCharPattern("[0-9A-Za-z\\s-]");
        code.setMaxLength(128);
        code.setClearButtonVisible(true);
        code.setWidthFull();
        code.setId("verify-code");
        Button verify = new Button(getTranslation("portal.verify.button"), VaadinIcon.SHIELD.create(), e -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.setId("verify-button");

        add(new H2(getTranslation("portal.verify.title")), explanation, number, code, verify, result);
    }

    /** A QR code, a link from a letter or the public list may carry the values; with both, the check runs at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<String> givenNumber = parameters.getSingleParameter(NUMBER)
                .or(() -> parameters.getSingleParameter(OLD_RECORD_CODE));
        Optional<String> givenCode = parameters.getSingleParameter(CODE)
                .or(() -> parameters.getSingleParameter(OLD_HASH));
        givenNumber.ifPresent(value -> number.setValue(value.strip()));
        givenCode.ifPresent(value -> code.setValue(value.strip()));
        if (givenNumber.isPresent() && givenCode.isPresent()) {
            verify();
        }
    }

    private void verify() {
        String typedNumber = number.getValue().strip();
        String compactNumber = typedNumber.replaceAll("\\s", "");
        boolean pledge = RECORD_CODE.matcher(compactNumber).matches();
        String shortCode = VerificationCodes.normalize(code.getValue());
        String hash = code.getValue().replaceAll("[\\s-]", "");
        boolean byHash = shortCode == null && pledge && HASH.matcher(hash).matches();
        number.setErrorMessage(getTranslation("portal.verify.numberRequired"));
        number.setInvalid(typedNumber.isEmpty());
        code.setErrorMessage(getTranslation(code.getValue().isBlank() ? "portal.verify.codeRequired"
                : "portal.verify.codeInvalid"));
        code.setInvalid(shortCode == null && !byHash);
        if (number.isInvalid() || code.isInvalid()) {
            result.clear();
            return;
        }
        if (pledge) {
            result.show(byHash ? pledges.verify(compactNumber, hash) : pledges.verifyWithCode(compactNumber,
                    shortCode));
        } else {
            result.show(paper(typedNumber, shortCode));
        }
        // On a phone the answer lies below the form: bring it into sight, as when the QR code opened the page.
        result.scrollIntoView();
    }

    /**
     * The paper as typed, or with the brackets a phone keyboard has ([ ], ( ), 【 】) read as the 〔 〕 papers print;
     * every try answers the same for a number that does not exist.
     */
    private DocumentCheck paper(String typedNumber, String shortCode) {
        Set<String> tries = new LinkedHashSet<>();
        tries.add(typedNumber);
        tries.add(typedNumber.replaceAll("[\\[(（【]", "〔").replaceAll("[\\])）】]", "〕"));
        DocumentCheck check = null;
        for (String candidate : tries) {
            check = documents.verify(candidate, shortCode);
            if (check.outcome() != DocumentCheck.Outcome.NOT_VERIFIED) {
                return check;
            }
        }
        return check;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.verify.title") + " · " + getTranslation("app.title");
    }
}
