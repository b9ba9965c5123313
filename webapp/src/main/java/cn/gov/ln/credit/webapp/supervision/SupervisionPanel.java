package cn.gov.ln.credit.webapp.supervision;

import cn.gov.ln.credit.supervision.NewSupervisionMark;
import cn.gov.ln.credit.supervision.SupervisedCase;
import cn.gov.ln.credit.supervision.SupervisionMark;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.webapp.lists.PeopleNames;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The supervision marks (督办) of a case on its page: a "督办" badge while one is open, the marks with who set and
 * lifted them and why, and for supervisors the button that sets one and the buttons that lift them.
 */
public class SupervisionPanel extends VerticalLayout {

    /** Sets the mark on the target the dialog picked. */
    public interface Marking {
        void mark(SupervisionTarget target, NewSupervisionMark mark);
    }

    private final Supervisions supervisions;
    private final SupervisionQueries queries;
    private final PeopleNames people;
    private final SupervisedCase caseType;
    private final long caseId;
    private final List<SupervisionTarget> targets;
    private final Marking marking;
    private final Function<Long, String> departmentNames;
    private final LocalDate today;
    private final Runnable changed;

    /**
     * @param targets what a mark may be set on, the first preselected; none: the page offers no marking
     * @param departmentNames names the department a penalty case's mark is on
     * @param people the screen's names of people, who set and lifted the marks among them
     */
    public SupervisionPanel(Supervisions supervisions, SupervisionQueries queries, PeopleNames people,
            SupervisedCase caseType, long caseId, List<SupervisionTarget> targets, Marking marking,
            Function<Long, String> departmentNames, LocalDate today, Runnable changed) {
        this.supervisions = supervisions;
        this.queries = queries;
        this.people = people;
        this.caseType = caseType;
        this.caseId = caseId;
        this.targets = targets;
        this.marking = marking;
        this.departmentNames = departmentNames;
        this.today = today;
        this.changed = changed;
        setPadding(false);
        setId("supervision");
        show();
    }

    /** Whether there is anything to show for the viewer: marks, or the right to set one. */
    public boolean isEmpty() {
        return getComponentCount() == 0;
    }

    private void show() {
        removeAll();
        List<SupervisionMark> marks = queries.ofCase(caseType, caseId);
        people.load(marks.stream().flatMap(m -> Stream.of(m.markedBy(), m.liftedBy())).toList(), name -> name);
        boolean mayMark = !targets.isEmpty() && supervisions.mayMark(caseType, caseId);
        if (marks.isEmpty() && !mayMark) {
            return;
        }
        HorizontalLayout line = new HorizontalLayout();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (marks.stream().anyMatch(SupervisionMark::isOpen)) {
            Span badge = UiSupport.badge(getTranslation("supervision.badge"), "error");
            badge.setId("supervision-badge");
            line.add(badge);
        }
        if (mayMark) {
            Button mark = new Button(getTranslation("supervision.markAction"), e -> new SupervisionDialog(targets,
                    today, marking, this::changed).open());
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL);
            mark.setId("supervise");
            line.add(mark);
        }
        add(line);
        if (!marks.isEmpty()) {
            add(grid(marks, mayMark));
        }
    }

    private void changed() {
        changed.run();
    }

    private Grid<SupervisionMark> grid(List<SupervisionMark> marks, boolean mayLift) {
        Grid<SupervisionMark> grid = new Grid<>();
        grid.setId("supervision-marks");
        grid.setAllRowsVisible(true);
        grid.addColumn(this::target).setHeader(getTranslation("supervision.target")).setAutoWidth(true);
        grid.addColumn(SupervisionMark::reason).setHeader(getTranslation("supervision.reason")).setFlexGrow(2);
        grid.addColumn(m -> UiSupport.date(m.dueOn())).setHeader(getTranslation("supervision.dueOn"))
                .setAutoWidth(true);
        grid.addColumn(m -> people.of(this, m.markedBy()) + " · " + UiSupport.dateTime(m.markedAt()))
                .setHeader(getTranslation("supervision.markedBy")).setAutoWidth(true);
        grid.addComponentColumn(m -> state(m, mayLift)).setHeader(getTranslation("supervision.state"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(marks);
        return grid;
    }

    private String target(SupervisionMark mark) {
        if (mark.taskName() != null) {
            return mark.taskName();
        }
        if (mark.targetDepartmentId() != null) {
            return departmentNames.apply(mark.targetDepartmentId());
        }
        return getTranslation("supervision.wholeCase");
    }

    private Component state(SupervisionMark mark, boolean mayLift) {
        if (!mark.isOpen()) {
            return new Span(getTranslation("supervision.liftedBy", people.of(this, mark.liftedBy()),
                    UiSupport.dateTime(mark.liftedAt()), mark.liftReason()));
        }
        if (!mayLift) {
            return UiSupport.badge(getTranslation("supervision.open"), "error");
        }
        Button lift = new Button(getTranslation("supervision.lift"), e -> new LiftDialog(supervisions, mark.id(),
                this::changed).open());
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
        lift.setId("supervision-lift-" + mark.id());
        return lift;
    }
}
