package cn.gov.ln.credit.webapp.repair;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.pledge.PledgeDetailView;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Repair applications of the credit officer's division: the materials, then grant or refuse with the reason; a
 * decided application shows its decision (信用修复决定书 or 不予信用修复决定书).
 */
@Route(value = "repairs", layout = MainLayout.class)
@RequiresPermissions(Permissions.REPAIR_HANDLE)
@MenuItem(label = "nav.repairs", icon = "vaadin:refresh", order = 26, section = "nav.section.credit")
public class RepairsView extends VerticalLayout implements HasDynamicTitle {

    private final RepairService repairs;
    private final ListingService listings;
    private final LegalDocuments documents;
    private final Grid<RepairApplication> grid = new Grid<>();
    private final Checkbox pendingOnly = new Checkbox();

    public RepairsView(RepairService repairs, ListingService listings, LegalDocuments documents,
            SubjectService subjects) {
        this.repairs = repairs;
        this.listings = listings;
        this.documents = documents;
        setSizeFull();
        pendingOnly.setLabel(getTranslation("objection.pendingOnly"));
        pendingOnly.setValue(true);
        pendingOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(RepairApplication::repairNo).setHeader(getTranslation("repair.no")).setAutoWidth(true);
        grid.addColumn(a -> subjects.lookup(a.subjectId()).map(CreditSubject::name).orElse(""))
                .setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(a -> UiSupport.dateTime(a.submittedAt())).setHeader(getTranslation("repair.submitted"))
                .setAutoWidth(true);
        grid.addColumn(RepairApplication::statement).setHeader(getTranslation("repair.statement")).setFlexGrow(3);
        grid.addColumn(a -> UiSupport.label(this, a.status())).setHeader(getTranslation("breach.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::papersButton).setHeader(getTranslation("casePapers.title")).setAutoWidth(true);
        grid.setItems(q -> repairs.search(pendingOnly.getValue(), new PageRequest(q.getOffset(), q.getLimit()))
                .stream(), q -> (int) repairs.count(pendingOnly.getValue()));
        grid.addItemClickListener(e -> {
            if (e.getItem().status() == RepairApplication.RepairStatus.PENDING) {
                decide(e.getItem());
            }
        });
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("repairs-grid");
        add(new H2(getTranslation("nav.repairs")), pendingOnly, grid);
    }

    private void decide(RepairApplication application) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("repair.decide", application.repairNo()));
        ListEntry entry = listings.get(application.listEntryId());
        StreamResource resource = new StreamResource("proof-" + application.repairNo(),
                () -> new ByteArrayInputStream(repairs.proof(application.id())));
        Anchor proof = new Anchor(resource, getTranslation("repair.proof"));
        proof.getElement().setAttribute("download", true);
        RouterLink pledge = new RouterLink(getTranslation("repair.pledge") + " " + application.pledgeCode(),
                PledgeDetailView.class, application.pledgeCode());
        TextArea reason = new TextArea(getTranslation("repair.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        reason.setId("repair-reason");
        Button grant = new Button(getTranslation("repair.grant"), e -> decide(dialog, application, true, reason));
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setId("repair-grant");
        Button refuse = new Button(getTranslation("repair.refuse"), e -> decide(dialog, application, false, reason));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.setId("repair-refuse");
        dialog.add(new VerticalLayout(new Paragraph(entry.reason() + " · " + entry.basisNumber() + " · "
                + UiSupport.label(this, entry.tier())), new Paragraph(application.statement()),
                new HorizontalLayout(proof, pledge), reason));
        dialog.setWidth("40rem");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), refuse, grant);
        dialog.open();
    }

    private void decide(Dialog dialog, RepairApplication application, boolean grant, TextArea reason) {
        try {
            repairs.decide(application.id(), grant, reason.getValue());
            dialog.close();
            grid.getDataProvider().refreshAll();
        } catch (BusinessException error) {
            UiSupport.showError(this, error, Map.of("reason", reason));
        }
    }

    private Component papersButton(RepairApplication application) {
        if (application.status() == RepairApplication.RepairStatus.PENDING) {
            return new Span();
        }
        Button open = new Button(getTranslation("casePapers.open"), VaadinIcon.FILE_TEXT_O.create(),
                e -> papers(application));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setId("repair-papers-" + application.id());
        return open;
    }

    private void papers(RepairApplication application) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casePapers.ofCase", application.repairNo()));
        CasePapers papers = new CasePapers(documents, CaseType.REPAIR, application.id());
        papers.setId("repair-papers");
        dialog.add(papers);
        dialog.setWidth("36rem");
        dialog.setMaxWidth("100%");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.repairs") + " · " + getTranslation("app.title");
    }
}
