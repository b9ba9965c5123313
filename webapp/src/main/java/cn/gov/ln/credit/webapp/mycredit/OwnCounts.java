package cn.gov.ln.credit.webapp.mycredit;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionQueries;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.breach.MyNoticesView;
import cn.gov.ln.credit.webapp.filing.MyFilingsView;
import cn.gov.ln.credit.webapp.objection.MyObjectionsView;
import cn.gov.ln.credit.webapp.pledge.MyPledgesView;
import cn.gov.ln.credit.webapp.repair.MyRepairsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.function.LongSupplier;

/**
 * The applicant's figures, each a link to the records it counts, on the list that shows exactly those (the same
 * query, narrowed by the address): dishonesty listings in force, open notices (未结违诺), objections being verified,
 * repairs under review, pledges in force, filings waiting for papers. A figure shows only to whom its list opens.
 */
class OwnCounts extends Div {

    /** The services the figures come from; each scopes to the signed-in applicant. */
    record Sources(BreachQueries breaches, ObjectionQueries objections, RepairService repairs, PledgeQueries pledges,
            FilingQueries filings, AccessGuard guard) {
    }

    OwnCounts(Sources sources) {
        addClassName("own-counts");
        setId("own-counts");
        AccessGuard guard = sources.guard();
        if (guard.isPermitted(Permissions.REPAIR_APPLY)) {
            add(count("listings", () -> sources.repairs().myListings().size(), MyRepairsView.class, null, null));
        }
        if (guard.isPermitted(Permissions.BREACH_ANSWER)) {
            add(count("open-breaches", () -> sources.breaches().mine().stream().filter(Breach::isOpen).count(),
                    MyNoticesView.class, "show", "open"));
        }
        if (guard.isPermitted(Permissions.OBJECTION_FILE)) {
            add(count("pending-objections", () -> sources.objections().mine().stream()
                    .filter(Objection::isPending).count(), MyObjectionsView.class, "status",
                    Objection.ObjectionStatus.PENDING.name()));
        }
        if (guard.isPermitted(Permissions.REPAIR_APPLY)) {
            add(count("pending-repairs", () -> sources.repairs().mine().stream()
                    .filter(r -> r.status() == RepairApplication.RepairStatus.PENDING).count(), MyRepairsView.class,
                    "status", RepairApplication.RepairStatus.PENDING.name()));
        }
        if (guard.isPermitted(Permissions.PLEDGE_SIGN)) {
            add(count("signed-pledges", () -> sources.pledges().count(new PledgeQuery(null, PledgeStatus.SIGNED,
                    null)), MyPledgesView.class, "status", PledgeStatus.SIGNED.name()));
        }
        if (guard.isPermitted(Permissions.OWN_CREDIT_FILE)) {
            add(count("papers-requested", () -> sources.filings().count(new FilingQuery(null,
                    FilingStatus.PAPERS_REQUESTED, null, null)), MyFilingsView.class, "status",
                    FilingStatus.PAPERS_REQUESTED.name()));
        }
    }

    private Component count(String name, LongSupplier figure, Class<? extends Component> list, String parameter,
            String value) {
        Span number = new Span(Long.toString(figure.getAsLong()));
        number.addClassName("own-count-number");
        number.setId("count-" + name);
        Span label = new Span(getTranslation("cards.count." + name));
        label.addClassName("own-count-label");
        RouterLink link = new RouterLink("", list);
        link.add(number, label);
        if (parameter != null) {
            link.setQueryParameters(QueryParameters.of(parameter, value));
        }
        link.addClassName("own-count");
        link.setId("count-link-" + name);
        return link;
    }
}
