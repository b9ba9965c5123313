package cn.gov.ln.credit.webapp.filing;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingListItem;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingStatus;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * An applicant's own filings as cards: where each stands, its deadlines, and papers they are asked to supply;
 * {@code ?status=PAPERS_REQUESTED} (a count on 我的信用 links here) shows only the filings in that status.
 */
@Route(value = "my-filings", layout = MainLayout.class)
@RequiresPermissions(Permissions.OWN_CREDIT_FILE)
@MenuItem(label = "nav.myFilings", icon = "vaadin:folder-open", order = 4)
public class MyFilingsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String STATUS = "status";

    private final FilingQueries filings;
    private final CardList<FilingListItem> list = new CardList<>(this::card);
    private final StatusFilter<FilingStatus> status;

    public MyFilingsView(FilingQueries filings) {
        this.filings = filings;
        addClassName("my-filings-view");
        Paragraph hint = new Paragraph(getTranslation("myFilings.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Button apply = new Button(getTranslation("nav.apply"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(FileApplicationView.class)));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("my-filings-apply");
        status = new StatusFilter<>(getTranslation("filing.status"), FilingStatus.values(), STATUS);
        status.setId("my-filings-status");
        list.setId("my-filings-list");
        list.setEmptyText(getTranslation("cards.none"));
        add(new H2(getTranslation("nav.myFilings")), hint, apply, status, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        FilingStatus chosen = ListUrl.of(event.getLocation().getQueryParameters()).enumValue(STATUS,
                FilingStatus.class);
        status.show(chosen);
        FilingQuery query = new FilingQuery(null, chosen, null, null);
        list.setItems((offset, limit) -> filings.list(query, FilingGrid.NEWEST_FIRST, new PageRequest(offset, limit)),
                () -> filings.count(query));
    }

    private Component card(FilingListItem item) {
        Filing f = item.filing();
        boolean papersDue = f.status() == FilingStatus.PAPERS_REQUESTED;
        RecordCard card = new RecordCard(item.matterName() == null ? f.matterCode() : item.matterName())
                .status(UiSupport.label(this, f.status()), f.status() == FilingStatus.APPROVED ? "success"
                        : papersDue ? "error" : "")
                .fact(getTranslation("filing.no"), f.filingNo())
                .fact(getTranslation("filing.route"), f.route() == null ? null : UiSupport.label(this, f.route()))
                .fact(getTranslation("filing.received"), UiSupport.dateTime(f.receivedAt()))
                .fact(getTranslation("filing.dueOn"), UiSupport.date(f.dueOn()));
        if (papersDue) {
            card.fact(getTranslation("filing.papersDueOn"), UiSupport.date(f.papersDueOn()))
                    .next(getTranslation("cards.filing.papers"));
        }
        RouterLink open = new RouterLink(getTranslation("cards.open"), FilingDetailView.class, f.id());
        open.addClassName("record-card-open");
        card.action(open);
        card.setId("my-filing-" + f.filingNo());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myFilings") + " · " + getTranslation("app.title");
    }
}
