package cn.gov.ln.credit.webapp.repair;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.repair.NewRepair;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.repair.RepairableListing;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.pledge.SignPledgeView;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.SingleFileField;
import cn.gov.ln.credit.webapp.shell.StatusFilter;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * Credit repair for the applicant: each listing in force with the day repair opens, the application with the two
 * materials (proof of fulfilment and a signed repair pledge), and the outcome with its decision to read;
 * {@code ?status=PENDING} (a count on 我的信用 links here) lists only the applications under review.
 */
@Route(value = "my-repairs", layout = MainLayout.class)
@RequiresPermissions(Permissions.REPAIR_APPLY)
@MenuItem(label = "nav.myRepairs", icon = "vaadin:refresh", order = 10)
public class MyRepairsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String STATUS = "status";

    private final RepairService repairs;
    private final LegalDocuments documents;
    private RepairApplication.RepairStatus filter;

    public MyRepairsView(RepairService repairs, LegalDocuments documents) {
        this.repairs = repairs;
        this.documents = documents;
        addClassName("my-repairs-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = ListUrl.of(event.getLocation().getQueryParameters()).enumValue(STATUS,
                RepairApplication.RepairStatus.class);
        show();
    }

    private void show() {
        removeAll();
        Paragraph hint = new Paragraph(getTranslation("repairs.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        add(new H2(getTranslation("nav.myRepairs")), hint, new H3(getTranslation("repair.listings")));
        CardList<RepairableListing> listings = new CardList<>(this::listing);
        listings.setEmptyText(getTranslation("cards.none"));
        listings.setItems(repairs.myListings());
        listings.setId("repair-listings");
        StatusFilter<RepairApplication.RepairStatus> status = new StatusFilter<>(getTranslation("breach.status"),
                RepairApplication.RepairStatus.values(), STATUS);
        status.show(filter);
        status.setId("my-repairs-status");
        List<RepairApplication> mine = repairs.mine();
        CardList<RepairApplication> applications = new CardList<>(this::application);
        applications.setEmptyText(getTranslation("cards.none"));
        applications.setItems(mine.stream().filter(a -> filter == null || a.status() == filter).toList());
        applications.setId("my-repairs-list");
        List<LegalDocument> decisions = mine.stream()
                .flatMap(a -> documents.ofCase(CaseType.REPAIR, a.id()).stream()).toList();
        CasePapers papers = new CasePapers(documents, decisions);
        papers.setId("my-repair-papers");
        add(listings, new H3(getTranslation("repair.applications")), status, applications,
                new H3(getTranslation("casePapers.decisions")), papers);
    }

    private Component listing(RepairableListing listing) {
        RecordCard card = new RecordCard(listing.entry().reason())
                .status(UiSupport.label(this, listing.entry().tier()), "error")
                .fact(getTranslation("breach.basisNumber"), listing.entry().basisNumber())
                .fact(getTranslation("repair.from"), listing.eligibility().from() == null ? null
                        : UiSupport.date(listing.eligibility().from()))
                .action(applyButton(listing));
        card.setId("repair-listing-" + listing.entry().id());
        return card;
    }

    private Component application(RepairApplication application) {
        RecordCard card = new RecordCard(getTranslation("cards.repair.title", application.repairNo()))
                .status(UiSupport.label(this, application.status()),
                        application.status() == RepairApplication.RepairStatus.GRANTED ? "success"
                                : application.status() == RepairApplication.RepairStatus.REFUSED ? "error" : "")
                .fact(getTranslation("repair.submitted"), UiSupport.dateTime(application.submittedAt()))
                .fact(getTranslation("repair.pledge"), application.pledgeCode())
                .fact(getTranslation("repair.reason"), application.decisionReason());
        if (application.status() == RepairApplication.RepairStatus.PENDING) {
            card.next(getTranslation("cards.repair.pending"));
        }
        card.setId("my-repair-" + application.repairNo());
        return card;
    }

    private Component applyButton(RepairableListing listing) {
        if (!listing.eligibility().eligible()) {
            return UiSupport.badge(getTranslation(listing.eligibility().reasonKey(),
                    UiSupport.date(listing.eligibility().from())), "contrast");
        }
        Button apply = new Button(getTranslation("repair.apply"), e -> apply(listing));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("repair-apply-" + listing.entry().id());
        return apply;
    }

    private void apply(RepairableListing listing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("repair.apply"));
        ComboBox<PledgeView> pledge = new ComboBox<>(getTranslation("repair.pledge"));
        pledge.setItems(repairs.repairPledges());
        pledge.setItemLabelGenerator(p -> p.pledge().recordCode() + " · " + UiSupport.dateTime(p.pledge().signedAt()));
        pledge.setWidthFull();
        pledge.setId("repair-pledge");
        RouterLink sign = new RouterLink(getTranslation("repair.signPledge"), SignPledgeView.class);
        TextArea statement = new TextArea(getTranslation("repair.statement"));
        statement.setMaxLength(2000);
        statement.setWidthFull();
        statement.setId("repair-statement");
        SingleFileField proof = new SingleFileField(getTranslation("repair.proof"));
        proof.setId("repair-proof");
        Button submit = new Button(getTranslation("repair.submit"), e -> {
            try {
                repairs.apply(new NewRepair(listing.entry().id(), pledge.getValue() == null ? null
                        : pledge.getValue().pledge().recordCode(), statement.getValue()), proof.getValue());
                dialog.close();
                UiSupport.success(getTranslation("repair.submitted.ok"));
                show();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("pledgeCode", pledge, "statement", statement, "proof",
                        proof));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("repair-submit");
        dialog.add(new VerticalLayout(new Paragraph(listing.entry().reason()), pledge, sign, statement, proof));
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), submit);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myRepairs") + " · " + getTranslation("app.title");
    }
}
