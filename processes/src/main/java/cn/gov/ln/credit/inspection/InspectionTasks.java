package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.SubjectRecordChanged;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drawn inspections (RandomInspection, one process per task): the inspectors' lists, the result, its
 * publication within the legal time (双随机 results are public within 20 working days of the inspection; they are
 * published at once on recording, a natural person's never), and the breach a BREACH result raises.
 */
@Service
public class InspectionTasks {

    public static final String PROCESS = "RandomInspection";
    public static final String TASK_RECORD = "Task_RecordResult";
    public static final String CAUSE = "INSPECTION_RESULT";
    static final int MAX_FINDINGS = 2000;

    private final InspectionMapper mapper;
    private final SubjectService subjects;
    private final BreachService breaches;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final TaskService engineTasks;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int publishWorkingDays;

    InspectionTasks(InspectionMapper mapper, SubjectService subjects, BreachService breaches,
            NotificationService notifications, WorkingDayCalendar calendar, TaskService engineTasks,
            ApplicationEventPublisher events, AuditService audit, AccessGuard guard, Clock clock,
            @Value("${credit.inspection.publish-working-days:20}") int publishWorkingDays) {
        this.mapper = mapper;
        this.subjects = subjects;
        this.breaches = breaches;
        this.notifications = notifications;
        this.calendar = calendar;
        this.engineTasks = engineTasks;
        this.events = events;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.publishWorkingDays = Math.min(20, publishWorkingDays);
    }

    /**
     * The caller's department's tasks: an inspector sees the tasks drawn for them, a department's system all of
     * its department's.
     */
    @Transactional(readOnly = true)
    public List<TaskView> tasks(boolean openOnly, PageRequest page) {
        Actor actor = inspector();
        return mapper.searchTasks(actor.departmentId(), openOnly, ownOnly(actor), page.offset(), page.limit())
                .stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long count(boolean openOnly) {
        Actor actor = inspector();
        return mapper.countTasks(actor.departmentId(), openOnly, ownOnly(actor));
    }

    @Transactional(readOnly = true)
    public TaskView task(long taskId) {
        return view(ownTask(inspector(), taskId));
    }

    /** The tasks of a drawn plan, for the department that planned it. */
    @Transactional(readOnly = true)
    public List<TaskView> ofPlan(long planId) {
        Actor actor = guard.require(Permissions.INSPECTION_PLAN);
        InspectionPlan plan = mapper.findPlan(planId);
        if (plan == null || !Objects.equals(actor.departmentId(), plan.departmentId())) {
            throw new NotFoundException("inspection_plan", planId);
        }
        return mapper.findTasksOfPlan(planId).stream().map(this::view).toList();
    }

    /**
     * Records the result: stored, published, the subject's record changed, and the process goes on (a BREACH raises
     * the breach). The same result again is answered with the task as it is; a different one is a conflict.
     */
    @Transactional
    public TaskView recordResult(long taskId, ResultRecord record) {
        Actor actor = inspector();
        InspectionTask task = ownTask(actor, taskId);
        InspectionPlan plan = mapper.findPlan(task.planId());
        LocalDate today = LocalDate.now(clock);
        Violations violations = Violations.of(record);
        if (record.result() == null) {
            violations.add("result", "validation.required");
        }
        String findings = record.findings() == null ? null : record.findings().strip();
        if ((findings == null || findings.isEmpty()) && record.result() != InspectionResult.NO_PROBLEM) {
            violations.add("findings", "validation.required");
        } else if (findings != null && findings.length() > MAX_FINDINGS) {
            violations.add("findings", "validation.tooLong", MAX_FINDINGS);
        }
        if (record.inspectedOn() == null) {
            violations.add("inspectedOn", "validation.required");
        } else if (record.inspectedOn().isAfter(today)) {
            violations.add("inspectedOn", "validation.date.future");
        } else if (record.inspectedOn().isBefore(plan.periodStart())) {
            violations.add("inspectedOn", "error.inspection.beforePeriod", plan.periodStart());
        }
        violations.throwIfAny();
        ResultRecord clean = new ResultRecord(record.result(), findings == null || findings.isEmpty() ? null
                : findings, record.inspectedOn());
        if (!task.isOpen()) {
            if (task.result() == clean.result() && Objects.equals(task.findings(), clean.findings())
                    && Objects.equals(task.inspectedOn(), clean.inspectedOn())) {
                return view(task);
            }
            throw new ConflictException("error.inspection.alreadyRecorded");
        }
        CreditSubject subject = subjects.lookup(task.subjectId()).orElseThrow();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDate publishDue = calendar.addWorkingDays(clean.inspectedOn(), publishWorkingDays);
        Instant publishedAt = subject.kind() == SubjectKind.NATURAL_PERSON ? null : now;
        if (mapper.recordResult(taskId, clean, actor.username(), now, publishDue, publishedAt) == 0) {
            throw new ConflictException("error.inspection.alreadyRecorded");
        }
        audit.record(actor, AuditActions.INSPECTION_RESULT_RECORDED, "inspection_task", taskId,
                plan.planNo() + " " + clean.result());
        events.publishEvent(new SubjectRecordChanged(task.subjectId(), CAUSE));
        Task engineTask = engineTasks.createTaskQuery().processInstanceId(task.processInstanceId())
                .taskDefinitionKey(TASK_RECORD).singleResult();
        if (engineTask != null) {
            engineTasks.complete(engineTask.getId(), Map.of("result", clean.result().name()));
        }
        return view(mapper.findTask(taskId));
    }

    /** The process's step for a BREACH result: the breach is raised once for the credit office's determination. */
    @Transactional
    public Breach raiseBreach(long taskId) {
        InspectionTask task = mapper.findTask(taskId);
        if (task.breachId() != null) {
            return null;
        }
        InspectionPlan plan = mapper.findPlan(task.planId());
        Breach breach = breaches.raiseFromInspection(task.subjectId(), plan.planNo(), task.findings(),
                task.departmentId(), task.divisionCode());
        mapper.setBreach(taskId, breach.id());
        return breach;
    }

    /** The process's step when the result is due and missing: the inspectors and the planner are told. */
    @Transactional
    public void remind(long taskId) {
        InspectionTask task = mapper.findTask(taskId);
        if (!task.isOpen()) {
            return;
        }
        InspectionPlan plan = mapper.findPlan(task.planId());
        String subject = subjects.lookup(task.subjectId()).map(CreditSubject::name).orElse("");
        String link = "inspection/tasks";
        for (String username : mapper.inspectorsOf(taskId)) {
            notifications.notify(username, "notice.inspection.overdue", link, plan.planNo(), subject, task.dueOn());
        }
        notifications.notify(plan.createdBy(), "notice.inspection.overdue", "inspection/plans", plan.planNo(),
                subject, task.dueOn());
    }

    /** The public portal's results: organisations only, newest first. No sign-in needed. */
    @Transactional(readOnly = true)
    public List<PublishedInspection> published(PageRequest page) {
        return mapper.published(page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return mapper.countPublished();
    }

    private TaskView view(InspectionTask task) {
        InspectionPlan plan = mapper.findPlan(task.planId());
        CreditSubject subject = subjects.lookup(task.subjectId()).orElseThrow();
        return new TaskView(task, plan.planNo(), plan.title(), subject.name(), subject.uscc(),
                mapper.inspectorsOf(task.id()));
    }

    private Actor inspector() {
        Actor actor = guard.require(Permissions.INSPECTION_INSPECT);
        if (actor.departmentId() == null) {
            throw new AccessDeniedException(Permissions.INSPECTION_INSPECT);
        }
        return actor;
    }

    private static String ownOnly(Actor actor) {
        return actor.kind() == ActorKind.API_CLIENT ? null : actor.username();
    }

    /** A task of another department, or one an inspector was not drawn for, does not exist for the caller. */
    private InspectionTask ownTask(Actor actor, long taskId) {
        InspectionTask task = mapper.findTask(taskId);
        if (task == null || task.departmentId() != actor.departmentId()
                || (ownOnly(actor) != null && !mapper.inspectorsOf(taskId).contains(actor.username()))) {
            throw new NotFoundException("inspection_task", taskId);
        }
        return task;
    }
}
