package cn.gov.ln.credit.dashboard;

import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.task.CompletedTasks;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskQuery;
import cn.gov.ln.credit.task.TaskView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the officers' dashboards, each within the caller's scope: filings and tasks of their department and
 * division, the credit office's records of their division. Counts only: the lists behind them show the records.
 */
@Service
public class DashboardService {

    /** The approval office's period: the last 30 days, today included. */
    public static final int PERIOD_DAYS = 30;

    private final DashboardMapper mapper;
    private final FilingTaskService tasks;
    private final CompletedTasks completed;
    private final WorkingDayCalendar calendar;
    private final MatterService matters;
    private final AccessGuard guard;
    private final Clock clock;

    DashboardService(DashboardMapper mapper, FilingTaskService tasks, CompletedTasks completed,
            WorkingDayCalendar calendar, MatterService matters, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.tasks = tasks;
        this.completed = completed;
        this.calendar = calendar;
        this.matters = matters;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The caller's own tasks as the task list counts them ("mine", due soon, overdue: the same query and filters, so a
     * figure and the list it opens agree), and the tasks they completed this week: the done list's own count.
     */
    @Transactional(readOnly = true)
    public OfficerFigures officer() {
        guard.require(Permissions.DASHBOARD_VIEW);
        guard.require(Permissions.TASK_WORK);
        long open = tasks.count(TaskQuery.of(TaskView.MINE));
        long dueSoon = tasks.count(new TaskQuery(TaskView.MINE, null, null, DueFilter.SOON, null));
        long overdue = tasks.count(new TaskQuery(TaskView.MINE, null, null, DueFilter.OVERDUE, null));
        long done = completed.count(completed.thisWeek());
        return new OfficerFigures(open, dueSoon, overdue, done);
    }

    /** Filings of the caller's department and division over the last {@link #PERIOD_DAYS} days. */
    @Transactional(readOnly = true)
    public ApprovalFigures approval() {
        guard.require(Permissions.DASHBOARD_VIEW);
        Actor actor = guard.require(Permissions.FILING_READ);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(PERIOD_DAYS - 1);
        if (actor.departmentId() == null) {
            return new ApprovalFigures(from, today, List.of(), 0, 0, List.of());
        }
        long department = actor.departmentId();
        String division = actor.scopePrefix() + "%";
        Instant since = startOf(from);
        DashboardMapper.ApprovalShare share = mapper.approvals(department, division, since, true);
        return new ApprovalFigures(from, today, mapper.filingsPerDay(department, division, since),
                share.approvals(), share.inLieu(), daysToDecision(mapper.decisionDays(department, division, since)));
    }

    /** The credit office's figures in the caller's division, each part as far as the caller may read it. */
    @Transactional(readOnly = true)
    public CreditFigures credit() {
        Actor actor = guard.require(Permissions.DASHBOARD_VIEW);
        String division = actor.scopePrefix() + "%";
        LocalDate today = LocalDate.now(clock);
        return new CreditFigures(
                guard.isPermitted(Permissions.LISTING_READ) ? mapper.entriesInForce(division, today) : null,
                guard.isPermitted(Permissions.PENALTY_READ) ? mapper.feedbackByDepartment(division) : null,
                guard.isPermitted(Permissions.OBJECTION_HANDLE) ? mapper.objections(division, today) : null,
                guard.isPermitted(Permissions.REPAIR_HANDLE) ? repairs(division) : null);
    }

    private List<MatterDays> daysToDecision(List<DashboardMapper.DecisionDays> rows) {
        Map<String, long[]> byMatter = new LinkedHashMap<>();
        for (DashboardMapper.DecisionDays row : rows) {
            long[] sums = byMatter.computeIfAbsent(row.matterCode(), code -> new long[2]);
            sums[0] += (long) Math.max(0, calendar.workingDaysBetween(row.receivedOn(), row.decidedOn()))
                    * row.count();
            sums[1] += row.count();
        }
        return byMatter.entrySet().stream()
                .map(e -> new MatterDays(e.getKey(), matters.find(e.getKey()).map(PermitMatter::name)
                        .orElse(e.getKey()), Math.round(10.0 * e.getValue()[0] / e.getValue()[1]) / 10.0,
                        e.getValue()[1]))
                .sorted(Comparator.comparing(MatterDays::averageWorkingDays).reversed()
                        .thenComparing(MatterDays::matterCode))
                .toList();
    }

    private RepairCounts repairs(String division) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        mapper.repairsByStatus(division).forEach(s -> byStatus.put(s.status(), s.count()));
        return new RepairCounts(byStatus.getOrDefault("GRANTED", 0L), byStatus.getOrDefault("REFUSED", 0L),
                byStatus.getOrDefault("PENDING", 0L));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
