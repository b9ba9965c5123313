package cn.gov.ln.credit.webapp.pledge;

import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.shell.CardList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.RecordCard;
import cn.gov.ln.credit.webapp.shell.StatusFilter;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * An applicant's own pledges, newest first, as cards with their status and fulfilment; {@code ?status=SIGNED}
 * (a count on 我的信用 links here) shows only the pledges in that status.
 */
@Route(value = "my-pledges", layout = MainLayout.class)
@RequiresPermissions(Permissions.PLEDGE_SIGN)
@MenuItem(label = "nav.myPledges", icon = "vaadin:records", order = 7)
public class MyPledgesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String STATUS = "status";

    private final PledgeQueries pledges;
    private final CardList<PledgeView> list = new CardList<>(this::card);
    private final StatusFilter<PledgeStatus> status;

    public MyPledgesView(PledgeQueries pledges) {
        this.pledges = pledges;
        addClassName("my-pledges-view");
        Button sign = new Button(getTranslation("nav.signPledge"), VaadinIcon.PENCIL.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SignPledgeView.class)));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status = new StatusFilter<>(getTranslation("pledge.status"), PledgeStatus.values(), STATUS);
        status.setId("my-pledges-status");
        list.setId("my-pledges-list");
        list.setEmptyText(getTranslation("cards.none"));
        add(new H2(getTranslation("nav.myPledges")), sign, status, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PledgeStatus chosen = ListUrl.of(event.getLocation().getQueryParameters()).enumValue(STATUS,
                PledgeStatus.class);
        status.show(chosen);
        PledgeQuery query = new PledgeQuery(null, chosen, null);
        list.setItems((offset, limit) -> pledges.search(query, PledgeGrid.NEWEST_FIRST,
                new PageRequest(offset, limit)), () -> pledges.count(query));
    }

    private Component card(PledgeView view) {
        Pledge p = view.pledge();
        String code = p.recordCode() != null ? p.recordCode() : p.draftRef();
        RecordCard card = new RecordCard(view.templateTitle())
                .status(UiSupport.label(this, p.status()), p.status() == PledgeStatus.SIGNED ? "success" : "contrast")
                .fact(getTranslation("pledge.recordCode"), p.recordCode() == null ? getTranslation("pledge.unsigned")
                        : p.recordCode())
                .fact(getTranslation("pledge.matter"), view.matterName())
                .fact(getTranslation("pledge.date"), UiSupport.date(p.pledgeDate()))
                .fact(getTranslation("pledge.validUntil"), UiSupport.date(p.validUntil()));
        if (p.fulfillmentStatus() != null) {
            boolean fulfilled = p.fulfillmentStatus() == FulfillmentStatus.FULFILLED;
            card.fact(getTranslation("pledge.fulfillment"), UiSupport.badge(UiSupport.label(this,
                    p.fulfillmentStatus()), fulfilled ? "success" : "error"));
        }
        if (p.status() == PledgeStatus.DRAFT) {
            card.next(getTranslation("cards.pledge.draft"));
        }
        RouterLink open = new RouterLink(getTranslation("cards.open"), PledgeDetailView.class, code);
        open.addClassName("record-card-open");
        card.action(open);
        card.setId("my-pledge-" + code);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myPledges") + " · " + getTranslation("app.title");
    }
}
