package cn.gov.ln.credit.webapp.penalty;

import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.penalty.IncomingCase;
import cn.gov.ln.credit.penalty.MeasureService;
import cn.gov.ln.credit.penalty.PenaltyMeasure;
import cn.gov.ln.credit.penalty.PenaltyQuery;
import cn.gov.ln.credit.penalty.PenaltyResponse;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint penalty cases that ask the liaison's department to act, with the deadline of the current step and the
 * notice the case sent the department (opened in a new tab).
 */
@Route(value = "incoming-cases", layout = MainLayout.class)
@RequiresPermissions(Permissions.PENALTY_RESPOND)
@MenuItem(label = "nav.incomingCases", icon = "vaadin:inbox", order = 1, section = "nav.section.work")
public class IncomingCasesView extends VerticalLayout implements HasDynamicTitle {

    public IncomingCasesView(PenaltyCaseQueries cases, LegalDocuments documents, Clock clock,
            MeasureService measures) {
        setSizeFull();
        Map<String, String> measureNames = measures.all().stream().collect(Collectors.toMap(PenaltyMeasure::code,
                PenaltyMeasure::content, (a, b) -> a));
        Paragraph hint = new Paragraph(getTranslation("penalty.incoming.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        Checkbox openOnly = new Checkbox(getTranslation("penalty.openOnly"), true);
        Grid<IncomingCase> grid = new Grid<>();
        grid.addColumn(c -> c.penaltyCase().caseNo()).setHeader(getTranslation("penalty.caseNo")).setAutoWidth(true);
        grid.addColumn(c -> UiSupport.label(this, c.penaltyCase().action())).setHeader(getTranslation("penalty.action"))
                .setAutoWidth(true);
        grid.addColumn(IncomingCase::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(IncomingCase::listingReason).setHeader(getTranslation("listing.reason")).setFlexGrow(3);
        grid.addColumn(c -> measures(c, measureNames)).setHeader(getTranslation("penalty.measures"))
                .setTooltipGenerator(c -> measures(c, measureNames)).setFlexGrow(3);
        grid.addComponentColumn(c -> {
            Div notices = new Div();
            documents.ofCase(CaseType.PENALTY, c.penaltyCase().id())
                    .forEach(paper -> notices.add(CasePapers.opener(documents, paper)));
            return notices;
        }).setHeader(getTranslation("casePapers.notice")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            PenaltyResponse r = c.response();
            LocalDate due = r.status() == PenaltyResponse.ResponseStatus.PENDING ? c.penaltyCase().responseDueOn()
                    : c.penaltyCase().feedbackDueOn();
            boolean late = r.overdue(LocalDate.now(clock), c.penaltyCase());
            return UiSupport.badge(UiSupport.label(this, r.status())
                    + (r.status() == PenaltyResponse.ResponseStatus.REPORTED ? ""
                            : " · " + getTranslation("penalty.dueOn", UiSupport.date(due))), late ? "error" : "");
        }).setHeader(getTranslation("breach.status")).setAutoWidth(true);
        grid.setItems(q -> cases.incoming(new PenaltyQuery(openOnly.getValue(), null, null),
                new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) cases.countIncoming(new PenaltyQuery(openOnly.getValue(), null, null)));
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PenaltyCaseView.class,
                e.getItem().penaltyCase().id())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("incoming-grid");
        add(new H2(getTranslation("nav.incomingCases")), hint, openOnly, grid);
    }

    /** Each measure by its code and what it is, so nobody has to look a code up. */
    private static String measures(IncomingCase incoming, Map<String, String> names) {
        String codes = incoming.response().measureCodes();
        return codes == null ? "" : Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> names.containsKey(c) ? c + " " + names.get(c) : c).collect(Collectors.joining("；"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incomingCases") + " · " + getTranslation("app.title");
    }
}
