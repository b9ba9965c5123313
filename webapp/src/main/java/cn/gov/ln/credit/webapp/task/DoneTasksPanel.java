package cn.gov.ln.credit.webapp.task;

import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.task.CompletedTask;
import cn.gov.ln.credit.task.CompletedTasks;
import cn.gov.ln.credit.webapp.filing.FilingDetailView;
import cn.gov.ln.credit.webapp.lists.DateRangeFilter;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;

/**
 * The tasks the signed-in officer completed, newest first, between two days (both included), from the engine's
 * history, a page at a time; the dashboard's "done this week" opens it on this week, and its total is that figure.
 */
class DoneTasksPanel extends VerticalLayout {

    private final CompletedTasks completed;
    private final MatterService matters;
    private final DateRangeFilter range;
    private final Grid<CompletedTask> grid = new Grid<>();
    private final Span total = new Span();

    /** {@code changed}: the range changed, for the address. */
    DoneTasksPanel(CompletedTasks completed, MatterService matters, Runnable changed) {
        this.completed = completed;
        this.matters = matters;
        setPadding(false);
        setSizeFull();
        setId("done-tasks");
        range = new DateRangeFilter("done", getTranslation("tasks.done.completedAt"), () -> {
            refresh();
            changed.run();
        });
        total.setId("done-total");
        HorizontalLayout filters = new HorizontalLayout(range, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.setId("done-grid");
        grid.setSizeFull();
        grid.setPageSize(50);
        grid.addColumn(t -> UiSupport.dateTime(t.completedAt()).substring(0, 16))
                .setHeader(getTranslation("tasks.done.completedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CompletedTask::name).setHeader(getTranslation("tasks.task")).setAutoWidth(true);
        grid.addColumn(t -> t.filingNo() == null ? "—" : t.filingNo()).setHeader(getTranslation("filing.no"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.subjectName() == null ? "" : t.subjectName())
                .setHeader(getTranslation("tasks.applicant")).setFlexGrow(2);
        grid.addColumn(this::matterName).setHeader(getTranslation("filing.matter")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && e.getItem().filingId() != null) {
                getUI().ifPresent(ui -> ui.navigate(FilingDetailView.class, e.getItem().filingId()));
            }
        });
        add(filters, grid);
    }

    LocalDate from() {
        return range.from();
    }

    LocalDate to() {
        return range.to();
    }

    void show(LocalDate from, LocalDate to) {
        range.set(from, to != null && from != null && to.isBefore(from) ? null : to);
        refresh();
    }

    private void refresh() {
        DateRange days = range.value();
        long count = completed.count(days);
        grid.setItems(q -> completed.page(days, new PageRequest(q.getOffset(), q.getLimit())).stream(),
                q -> (int) completed.count(days));
        total.setText(getTranslation("common.total", count));
    }

    private String matterName(CompletedTask task) {
        return task.matterCode() == null ? "" : matters.find(task.matterCode()).map(PermitMatter::name)
                .orElse(task.matterCode());
    }
}
