package cn.gov.ln.credit.webapp.penalty;

import cn.gov.ln.credit.export.ListExports;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocuments;
import cn.gov.ln.credit.penalty.IncomingCase;
import cn.gov.ln.credit.penalty.IncomingQuery;
import cn.gov.ln.credit.penalty.IncomingSortKey;
import cn.gov.ln.credit.penalty.MeasureService;
import cn.gov.ln.credit.penalty.PenaltyMeasure;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.penalty.PenaltyResponse;
import cn.gov.ln.credit.penalty.PenaltyResponse.ResponseStatus;
import cn.gov.ln.credit.savedfilter.SavedFilterService;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.webapp.legaldocument.CasePapers;
import cn.gov.ln.credit.webapp.lists.DateRangeFilter;
import cn.gov.ln.credit.webapp.lists.ExportColumns;
import cn.gov.ln.credit.webapp.lists.ExportLink;
import cn.gov.ln.credit.webapp.lists.ListUrl;
import cn.gov.ln.credit.webapp.lists.SavedFiltersMenu;
import cn.gov.ln.credit.webapp.lists.UrlFilteredList;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint penalty cases that ask the liaison's department to act, with the deadline of the current step and the
 * notice the case sent the department (opened in a new tab). Filters, order and page size live in the URL.
 */
@Route(value = IncomingCasesView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.PENALTY_RESPOND)
@MenuItem(label = "nav.incomingCases", icon = "vaadin:inbox", order = 1, section = "nav.section.work")
public class IncomingCasesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "incoming-cases";
    private static final String OPEN = "open";
    private static final String ALL = "all";
    static final List<String> STATUSES = List.of(OPEN, ALL, "pending", "responded", "reported");

    private final PenaltyCaseQueries cases;
    private final Clock clock;
    private final Map<String, String> measureNames;
    private final Grid<IncomingCase> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<String> status = new Select<>();
    private final DateRangeFilter received;
    private final UrlFilteredList<IncomingCase, IncomingSortKey> list;
    private final Span total = new Span();

    public IncomingCasesView(PenaltyCaseQueries cases, LegalDocuments documents, Clock clock,
            MeasureService measures, ListExports exports, SavedFilterService savedFilters) {
        this.cases = cases;
        this.clock = clock;
        setSizeFull();
        measureNames = measures.all().stream().collect(Collectors.toMap(PenaltyMeasure::code,
                PenaltyMeasure::content, (a, b) -> a));
        Paragraph hint = new Paragraph(getTranslation("penalty.incoming.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        text.setLabel(getTranslation("penalty.incoming.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        text.setId("incoming-search");
        status.setLabel(getTranslation("breach.status"));
        status.setItems(STATUSES);
        status.setItemLabelGenerator(this::statusLabel);
        status.setValue(OPEN);
        status.setId("incoming-status-filter");
        received = new DateRangeFilter(ROUTE, getTranslation("penalty.incoming.received"), this::filtersChanged);
        text.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        list = new UrlFilteredList<>(ROUTE, grid, IncomingSortKey.class, Sort.descending(IncomingSortKey.RECEIVED),
                50, this::restore, this::filters, this::refresh);
        HorizontalLayout filters = new HorizontalLayout(text, status, received, list.pageSizePicker());
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        total.setId("incoming-total");
        ExportLink export = new ExportLink(exports, "incoming-export", () -> exportColumns().export(ROUTE,
                list.url().queryString(), page -> cases.incoming(query(), list.sort(), page)));
        HorizontalLayout tools = new HorizontalLayout(total, new SavedFiltersMenu(savedFilters, ROUTE, list::url),
                export);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        list.sortable(grid.addColumn(c -> c.penaltyCase().caseNo()).setHeader(getTranslation("penalty.caseNo"))
                .setAutoWidth(true), IncomingSortKey.CASE_NO);
        list.sortable(grid.addColumn(c -> UiSupport.dateTime(c.penaltyCase().initiatedAt()))
                .setHeader(getTranslation("penalty.incoming.received")).setAutoWidth(true), IncomingSortKey.RECEIVED);
        grid.addColumn(c -> UiSupport.label(this, c.penaltyCase().action())).setHeader(getTranslation("penalty.action"))
                .setAutoWidth(true);
        grid.addColumn(IncomingCase::subjectName).setHeader(getTranslation("filing.subject")).setFlexGrow(2);
        grid.addColumn(IncomingCase::listingReason).setHeader(getTranslation("listing.reason")).setFlexGrow(3);
        grid.addColumn(this::measures).setHeader(getTranslation("penalty.measures"))
                .setTooltipGenerator(this::measures).setFlexGrow(3);
        grid.addComponentColumn(c -> {
            Div notices = new Div();
            documents.ofCase(CaseType.PENALTY, c.penaltyCase().id())
                    .forEach(paper -> notices.add(CasePapers.opener(documents, paper)));
            return notices;
        }).setHeader(getTranslation("casePapers.noticeColumn")).setAutoWidth(true);
        list.sortable(grid.addColumn(this::dueText).setHeader(getTranslation("penalty.incoming.due"))
                .setAutoWidth(true), IncomingSortKey.DUE);
        list.sortable(grid.addComponentColumn(c -> UiSupport.badge(stateText(c), late(c) ? "error" : ""))
                .setHeader(getTranslation("breach.status")).setAutoWidth(true), IncomingSortKey.STATE);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PenaltyCaseView.class,
                e.getItem().penaltyCase().id())));
        grid.setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("incoming-grid");
        add(new H2(getTranslation("nav.incomingCases")), hint, filters, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.enter(event);
    }

    private void restore(ListUrl url) {
        String wanted = url.text("status") == null ? OPEN : url.text("status").toLowerCase(Locale.ROOT);
        status.setValue(STATUSES.contains(wanted) ? wanted : OPEN);
        text.setValue(url.text("q") == null ? "" : url.text("q"));
        received.set(url.date("from"), url.date("to"));
    }

    private void filtersChanged() {
        list.filtersChanged();
    }

    private ListUrl filters() {
        return ListUrl.empty().with("q", text.getValue())
                .with("status", OPEN.equals(status.getValue()) ? null : status.getValue())
                .with("from", received.from()).with("to", received.to());
    }

    private IncomingQuery query() {
        String chosen = status.getValue() == null ? OPEN : status.getValue();
        ResponseStatus state = OPEN.equals(chosen) || ALL.equals(chosen) ? null
                : ResponseStatus.valueOf(chosen.toUpperCase(Locale.ROOT));
        return new IncomingQuery(OPEN.equals(chosen), state, text.getValue(), received.from(), received.to());
    }

    private void refresh() {
        IncomingQuery query = query();
        long count = cases.countIncoming(query);
        list.show((sort, page) -> cases.incoming(query, sort, page), () -> cases.countIncoming(query));
        total.setText(getTranslation("common.total", count));
    }

    private String statusLabel(String value) {
        if (OPEN.equals(value)) {
            return getTranslation("penalty.openOnly");
        }
        if (ALL.equals(value)) {
            return getTranslation("common.all");
        }
        return UiSupport.label(this, ResponseStatus.valueOf(value.toUpperCase(Locale.ROOT)));
    }

    /** The deadline of the part's current step: the response's, then the feedback's; none once reported. */
    private static LocalDate due(IncomingCase incoming) {
        return switch (incoming.response().status()) {
            case PENDING -> incoming.penaltyCase().responseDueOn();
            case RESPONDED -> incoming.penaltyCase().feedbackDueOn();
            case REPORTED -> null;
        };
    }

    private String dueText(IncomingCase incoming) {
        LocalDate due = due(incoming);
        return due == null ? "" : getTranslation("penalty.dueOn", UiSupport.date(due));
    }

    private boolean late(IncomingCase incoming) {
        return incoming.response().overdue(LocalDate.now(clock), incoming.penaltyCase());
    }

    private String stateText(IncomingCase incoming) {
        PenaltyResponse response = incoming.response();
        return UiSupport.label(this, response.status())
                + (late(incoming) ? " · " + getTranslation("penalty.overdue") : "");
    }

    /** Each measure by its code and what it is, so nobody has to look a code up. */
    private String measures(IncomingCase incoming) {
        String codes = incoming.response().measureCodes();
        return codes == null ? "" : Arrays.stream(codes.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> measureNames.containsKey(c) ? c + " " + measureNames.get(c) : c)
                .collect(Collectors.joining("；"));
    }

    private ExportColumns<IncomingCase> exportColumns() {
        return new ExportColumns<IncomingCase>()
                .add(getTranslation("penalty.caseNo"), c -> c.penaltyCase().caseNo())
                .add(getTranslation("penalty.incoming.received"), c -> UiSupport.dateTime(c.penaltyCase()
                        .initiatedAt()))
                .add(getTranslation("penalty.action"), c -> UiSupport.label(this, c.penaltyCase().action()))
                .add(getTranslation("filing.subject"), IncomingCase::subjectName)
                .add(getTranslation("listing.reason"), IncomingCase::listingReason)
                .add(getTranslation("penalty.measures"), this::measures)
                .add(getTranslation("penalty.incoming.due"), this::dueText)
                .add(getTranslation("breach.status"), this::stateText);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incomingCases") + " · " + getTranslation("app.title");
    }
}
