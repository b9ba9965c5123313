package cn.gov.ln.credit.webapp.legaldocument;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * One paper (文书) as its reader sees it: what it is, its number, who issued it when, whether it is still in force,
 * the code that verifies it, and the PDF to download or print. Opening it is reading it: the addressee's first
 * opening is its online delivery, which the service records. Who may read it is the service's to decide: a paper
 * outside the reader's cases answers "not found", as one that does not exist. An officer of the issuing
 * department who may revoke papers can revoke it here, stating why.
 */
@Route(value = "documents", layout = MainLayout.class)
@RequiresAuthentication
public class DocumentView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final LegalDocuments documents;
    private final DepartmentService departments;
    private final AccessGuard guard;
    private String number = "";

    public DocumentView(LegalDocuments documents, DepartmentService departments, AccessGuard guard) {
        this.documents = documents;
        this.departments = departments;
        this.guard = guard;
        addClassName("document-view");
        setMaxWidth("60rem");
        getStyle().set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(documents.open(id));
    }

    private void show(LegalDocument document) {
        removeAll();
        number = document.number();
        H2 title = new H2(document.type().title());
        title.getStyle().set("margin-bottom", "0");
        add(title, facts(document), actions(document));
    }

    private DescriptionList facts(LegalDocument document) {
        DescriptionList list = new DescriptionList();
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content minmax(0, 1fr)")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "0").set("width", "100%");
        list.setId("document-facts");
        fact(list, "documentView.number", text(document.number(), "document-number"));
        fact(list, "documentView.state", state(document));
        fact(list, "documentView.issuer", text(departments.nameOf(document.departmentId()), null));
        fact(list, "documentView.issuedAt", text(UiSupport.dateTime(document.issuedAt()), null));
        fact(list, "documentView.recipient", text(document.recipientName(), null));
        fact(list, "documentView.caseNo", text(document.caseNo(), null));
        Span code = text(VerificationCodes.grouped(document.verificationCode()), "document-code");
        code.addClassName("monospace");
        fact(list, "documentView.code", code);
        if (document.revoked()) {
            fact(list, "documentView.revokedAt", text(UiSupport.dateTime(document.revokedAt()), null));
            fact(list, "documentView.revocationReason", text(document.revocationReason(), "document-revocation"));
        }
        return list;
    }

    private Span state(LegalDocument document) {
        Span state = UiSupport.badge(getTranslation(document.revoked() ? "documentView.state.revoked"
                : "documentView.state.valid"), document.revoked() ? "error" : "success");
        state.setId("document-state");
        state.getElement().setAttribute("data-state", document.revoked() ? "REVOKED" : "VALID");
        return state;
    }

    /** Download and print the PDF as issued; revoke, for an officer of the issuing department who may. */
    private FlexLayout actions(LegalDocument document) {
        long id = document.id();
        StreamResource file = new StreamResource(document.fileName(),
                () -> new ByteArrayInputStream(documents.file(id)));
        file.setContentType("application/pdf");
        Anchor download = new Anchor(file, "");
        download.getElement().setAttribute("download", true);
        download.add(new Button(getTranslation("documentView.download"), VaadinIcon.DOWNLOAD.create()));
        download.setId("document-download");

        StreamResource inline = new StreamResource(document.fileName(),
                () -> new ByteArrayInputStream(documents.file(id)));
        inline.setContentType("application/pdf");
        inline.setHeader("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"");
        Anchor print = new Anchor(inline, "");
        print.setTarget(AnchorTarget.BLANK);
        print.getElement().setAttribute("rel", "noopener");
        print.add(new Button(getTranslation("documentView.print"), VaadinIcon.PRINT.create()));
        print.setId("document-print");

        FlexLayout actions = new FlexLayout(download, print);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (mayRevoke(document)) {
            Button revoke = new Button(getTranslation("documentView.revoke"), VaadinIcon.BAN.create(),
                    e -> new RevokeDocumentDialog(documents, id, this::show).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("document-revoke");
            actions.add(revoke);
        }
        return actions;
    }

    /** What the service allows: an officer holding the permission, of the department that issued the paper. */
    private boolean mayRevoke(LegalDocument document) {
        Actor actor = guard.current();
        return !document.revoked() && actor.subjectId() == null && guard.isPermitted(Permissions.DOCUMENT_REVOKE)
                && (actor.isSystem() || Long.valueOf(document.departmentId()).equals(actor.departmentId()));
    }

    private void fact(DescriptionList list, String labelKey, Component value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(labelKey));
        term.getStyle().set("color", "var(--lumo-secondary-text-color)");
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.getStyle().set("margin", "0").set("min-width", "0");
        list.add(term, description);
    }

    private static Span text(String value, String id) {
        Span span = new Span(value == null ? "" : value);
        if (id != null) {
            span.setId(id);
        }
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documentView.pageTitle", number) + " · " + getTranslation("app.title");
    }
}
