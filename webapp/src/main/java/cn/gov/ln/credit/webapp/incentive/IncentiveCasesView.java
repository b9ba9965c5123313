package cn.gov.ln.credit.webapp.incentive;

import cn.gov.ln.credit.incentive.IncentiveCaseView;
import cn.gov.ln.credit.incentive.IncentivePartStatus;
import cn.gov.ln.credit.incentive.IncentiveQueries;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/**
 * The joint incentive cases of the credit office's division (激励案件), each with every department's progress:
 * responded, reported, late; a row opens to show each department's part.
 */
@Route(value = IncentiveCasesView.ROUTE, layout = MainLayout.class)
@RequiresPermissions(Permissions.INCENTIVE_READ)
@MenuItem(label = "nav.incentiveCases", icon = "vaadin:handshake", order = 25, section = "nav.section.credit")
public class IncentiveCasesView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "incentive-cases";

    private final IncentiveQueries cases;
    private final Grid<IncentiveCaseView> grid = new Grid<>();
    private final Checkbox openOnly = new Checkbox();
    private final Span total = new Span();

    public IncentiveCasesView(IncentiveQueries cases) {
        this.cases = cases;
        setSizeFull();
        Paragraph hint = new Paragraph(getTranslation("incentive.cases.hint"));
        hint.addClassName(LumoUtility.TextColor.SECONDARY);
        openOnly.setLabel(getTranslation("incentive.openOnly"));
        openOnly.setValue(true);
        openOnly.setId("incentive-cases-open");
        openOnly.addValueChangeListener(e -> refresh());
        total.setId("incentive-cases-total");
        HorizontalLayout tools = new HorizontalLayout(openOnly, total);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(c -> c.incentiveCase().caseNo()).setHeader(getTranslation("incentive.caseNo"))
                .setAutoWidth(true);
        grid.addColumn(IncentiveCaseView::subjectName).setHeader(getTranslation("redList.subject")).setFlexGrow(2);
        grid.addColumn(c -> UiSupport.dateTime(c.incentiveCase().initiatedAt()))
                .setHeader(getTranslation("incentive.initiatedAt")).setAutoWidth(true);
        grid.addColumn(c -> UiSupport.date(c.incentiveCase().responseDueOn()) + " / "
                + UiSupport.date(c.incentiveCase().feedbackDueOn())).setHeader(getTranslation("incentive.dues"))
                .setAutoWidth(true);
        grid.addColumn(this::progress).setHeader(getTranslation("incentive.progress")).setAutoWidth(true);
        grid.addComponentColumn(c -> UiSupport.badge(UiSupport.label(this, c.incentiveCase().status()), ""))
                .setHeader(getTranslation("listing.status")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::parts));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setId("incentive-cases-grid");
        add(new H2(getTranslation("nav.incentiveCases")), hint, tools, grid);
        refresh();
    }

    private void refresh() {
        boolean open = openOnly.getValue();
        grid.setItems(q -> cases.cases(open, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) cases.countCases(open));
        total.setText(getTranslation("common.total", cases.countCases(open)));
    }

    private String progress(IncentiveCaseView c) {
        long responded = c.parts().stream().filter(p -> p.part().status() != IncentivePartStatus.PENDING).count();
        long reported = c.parts().stream().filter(p -> p.part().status() == IncentivePartStatus.REPORTED).count();
        long late = c.parts().stream().filter(IncentiveCaseView.DepartmentPart::overdue).count();
        return getTranslation("incentive.progressText", c.parts().size(), responded, reported, late);
    }

    private Component parts(IncentiveCaseView c) {
        Div parts = new Div();
        parts.addClassName("incentive-parts");
        for (IncentiveCaseView.DepartmentPart part : c.parts()) {
            String text = getTranslation("incentive.partLine", part.departmentName(),
                    UiSupport.label(this, part.part().status()))
                    + (part.overdue() ? " · " + getTranslation("incentive.overdue") : "")
                    + (part.part().feedbackResult() == null ? "" : " · " + part.part().feedbackResult());
            Div line = new Div(text);
            line.addClassName("incentive-part");
            parts.add(line);
        }
        return parts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.incentiveCases") + " · " + getTranslation("app.title");
    }
}
