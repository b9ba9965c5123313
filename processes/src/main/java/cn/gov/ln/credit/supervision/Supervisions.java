package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingRecords;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyCaseDetail;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.penalty.PenaltyResponse;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskDetail;
import cn.gov.ln.credit.task.TaskItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision (督办): a supervisor marks a late task or case of their department and division, or, as the credit
 * office, a department late with its part of a joint penalty case. Whoever has the work and the department's
 * liaisons are notified, the mark shows on the case (and on a filing's timeline) until it is lifted with a reason,
 * which tells the same people. Reading the marks is {@link SupervisionQueries}'; the reminder of a mark past its due
 * date is {@link SupervisionReminders}'.
 */
@Service
public class Supervisions {

    private final SupervisionMapper mapper;
    private final FilingRecords filings;
    private final FilingTaskService tasks;
    private final PenaltyCaseQueries penaltyCases;
    private final BreachQueries breaches;
    private final AccountService accounts;
    private final DepartmentService departments;
    private final NotificationService notifications;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    Supervisions(SupervisionMapper mapper, FilingRecords filings, FilingTaskService tasks,
            PenaltyCaseQueries penaltyCases, BreachQueries breaches, AccountService accounts,
            DepartmentService departments, NotificationService notifications, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.filings = filings;
        this.tasks = tasks;
        this.penaltyCases = penaltyCases;
        this.breaches = breaches;
        this.accounts = accounts;
        this.departments = departments;
        this.notifications = notifications;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Marks a filing of the supervisor's department and division, or one of its open tasks ({@code taskId}, else
     * null): the task's holder (or the officers of its posts) and the department's liaisons are told.
     */
    @Transactional
    public SupervisionMark markFiling(long filingId, String taskId, NewSupervisionMark request) {
        Actor actor = guard.require(Permissions.SUPERVISION_MARK);
        Filing filing = filingInScope(actor, filingId);
        validate(request);
        List<TaskDetail> open = taskId == null
                ? tasks.ofFiling(filing.filingNo()).stream().map(t -> tasks.get(t.taskId())).toList()
                : List.of(tasks.get(taskId));
        if (open.stream().anyMatch(t -> t.item().filingId() != filingId)) {
            throw new NotFoundException("task", taskId);
        }
        Set<String> recipients = new LinkedHashSet<>();
        open.forEach(t -> recipients.addAll(holders(t)));
        recipients.addAll(liaisons(filing.departmentId(), filing.divisionCode()));
        TaskItem task = taskId == null ? null : open.get(0).item();
        SupervisionMark mark = insert(new SupervisionMark(0, SupervisedCase.FILING, filingId, filing.filingNo(),
                taskId, task == null ? null : task.name(), null, filing.departmentId(), filing.divisionCode(),
                request.reason().strip(), request.dueOn(), actor.username(), now(), null, null, null));
        filings.note(filingId, "SUPERVISION_MARKED", task == null ? "—" : task.name(), mark.reason(), mark.dueOn());
        notifyAll(recipients, mark, FilingRecords.link(filing));
        return mark;
    }

    /** Marks a breach under determination in the supervisor's division: its officers are told. */
    @Transactional
    public SupervisionMark markBreach(long breachId, NewSupervisionMark request) {
        Actor actor = guard.require(Permissions.SUPERVISION_MARK);
        Breach breach = breaches.get(breachId);
        if (actor.kind() != ActorKind.STAFF || breach.departmentId() == null) {
            throw new NotFoundException("breach", breachId);
        }
        validate(request);
        Set<String> recipients = new LinkedHashSet<>();
        for (String officer : new String[] {breach.determinedBy(), breach.raisedBy()}) {
            if (officer != null && !Actor.SYSTEM_USERNAME.equals(officer)) {
                recipients.add(officer);
            }
        }
        Department department = departments.get(breach.departmentId());
        accounts.colleagues(department.id(), Roles.CREDIT_OFFICER, breach.divisionCode())
                .forEach(c -> recipients.add(c.username()));
        recipients.addAll(liaisons(department.id(), breach.divisionCode()));
        String caseNo = breach.caseNo() == null ? "#" + breach.id() : breach.caseNo();
        SupervisionMark mark = insert(new SupervisionMark(0, SupervisedCase.BREACH, breachId, caseNo, null, null,
                null, department.id(), breach.divisionCode(), request.reason().strip(), request.dueOn(),
                actor.username(), now(), null, null, null));
        notifyAll(recipients, mark, "breaches/" + breachId);
        return mark;
    }

    /**
     * The credit office marks a department that has not done its part of a joint penalty case (responded and
     * reported feedback); the department's liaisons are told.
     */
    @Transactional
    public SupervisionMark markPenaltyDepartment(long caseId, long departmentId, NewSupervisionMark request) {
        Actor actor = guard.require(Permissions.SUPERVISION_MARK);
        PenaltyCase penaltyCase = penaltyCaseAsOffice(actor, caseId).summary().penaltyCase();
        PenaltyCaseDetail.DepartmentPart part = penaltyCases.detail(caseId).parts().stream()
                .filter(p -> p.response().departmentId() == departmentId).findFirst().orElse(null);
        Violations violations = violations(request);
        if (part == null) {
            violations.add("departmentId", "error.supervision.notAParty");
        } else if (part.response().status() == PenaltyResponse.ResponseStatus.REPORTED) {
            violations.add("departmentId", "error.supervision.partDone");
        }
        violations.throwIfAny();
        Department late = departments.get(departmentId);
        SupervisionMark mark = insert(new SupervisionMark(0, SupervisedCase.PENALTY_CASE, caseId,
                penaltyCase.caseNo(), null, null, departmentId, penaltyCase.initiatingDepartmentId(),
                penaltyCase.divisionCode(), request.reason().strip(), request.dueOn(), actor.username(), now(), null,
                null, null));
        notifyAll(new LinkedHashSet<>(liaisons(departmentId, late.divisionCode())), mark,
                "penalty-cases/" + caseId);
        return mark;
    }

    /** Lifts an open mark, with the reason; who may set it may lift it. */
    @Transactional
    public void lift(long markId, String reason) {
        Actor actor = guard.require(Permissions.SUPERVISION_MARK);
        SupervisionMark mark = mapper.findById(markId);
        if (mark == null || !SupervisionScope.mayLift(actor, guard, mark)) {
            throw new NotFoundException("supervisionMark", markId);
        }
        Violations.of(new Lifting(reason)).throwIfAny();
        if (mapper.lift(markId, now(), actor.username(), reason.strip()) == 0) {
            throw new ConflictException("error.supervision.alreadyLifted");
        }
        if (mark.caseType() == SupervisedCase.FILING) {
            filings.note(mark.caseId(), "SUPERVISION_LIFTED", reason.strip());
        }
        audit.record(actor, AuditActions.SUPERVISION_LIFTED, auditTarget(mark), mark.caseNo(),
                "mark " + markId + ": " + reason.strip());
        for (String recipient : mapper.findRecipients(markId)) {
            if (!recipient.equals(actor.username())) {
                notifications.notify(recipient, "notice.supervision.lifted", mark.caseLink(),
                        mark.caseNo(), reason.strip());
            }
        }
    }

    /** Whether the caller may set (and lift) marks on the case; the screens offer the dialog by it. */
    public boolean mayMark(SupervisedCase caseType, long caseId) {
        if (!guard.isPermitted(Permissions.SUPERVISION_MARK)) {
            return false;
        }
        Actor actor = guard.current();
        try {
            return switch (caseType) {
                case FILING -> {
                    Filing filing = filings.find(caseId);
                    yield SupervisionScope.inDepartment(actor, filing.departmentId(), filing.divisionCode());
                }
                case BREACH -> breaches.get(caseId).departmentId() != null;
                case PENALTY_CASE -> {
                    penaltyCaseAsOffice(actor, caseId);
                    yield true;
                }
            };
        } catch (NotFoundException e) {
            return false;
        }
    }

    private Filing filingInScope(Actor actor, long filingId) {
        Filing filing = filings.find(filingId);
        if (!SupervisionScope.inDepartment(actor, filing.departmentId(), filing.divisionCode())) {
            throw new NotFoundException("filing", filingId);
        }
        return filing;
    }

    private PenaltyCaseDetail penaltyCaseAsOffice(Actor actor, long caseId) {
        PenaltyCaseDetail detail = penaltyCases.detail(caseId);
        if (!guard.isPermitted(Permissions.PENALTY_READ)
                || !actor.coversDivision(detail.summary().penaltyCase().divisionCode())) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        return detail;
    }

    /** Who has the task: its holder, or, unclaimed, the officers of its posts in its department and division. */
    private List<String> holders(TaskDetail task) {
        if (task.item().assignee() != null) {
            return List.of(task.item().assignee());
        }
        Set<String> officers = new LinkedHashSet<>();
        for (String role : task.candidateRoles()) {
            accounts.colleagues(task.item().departmentId(), role, task.item().divisionCode())
                    .forEach(c -> officers.add(c.username()));
        }
        return List.copyOf(officers);
    }

    private List<String> liaisons(long departmentId, String divisionCode) {
        return accounts.colleagues(departmentId, Roles.DEPARTMENT_LIAISON, divisionCode).stream()
                .map(AccountService.Colleague::username).toList();
    }

    private void validate(NewSupervisionMark request) {
        violations(request).throwIfAny();
    }

    private Violations violations(NewSupervisionMark request) {
        Violations violations = Violations.of(request);
        if (request.dueOn() != null && request.dueOn().isBefore(LocalDate.now(clock))) {
            violations.add("dueOn", "error.supervision.dueInPast");
        }
        return violations;
    }

    private SupervisionMark insert(SupervisionMark mark) {
        GeneratedId id = new GeneratedId();
        mapper.insert(mark, id);
        SupervisionMark stored = mapper.findById(id.value());
        audit.record(guard.current(), AuditActions.SUPERVISION_MARKED, auditTarget(stored), stored.caseNo(),
                (stored.taskName() == null ? "" : stored.taskName() + " ")
                        + (stored.targetDepartmentId() == null ? "" : "department " + stored.targetDepartmentId() + " ")
                        + "due " + stored.dueOn() + ": " + stored.reason());
        return stored;
    }

    /** Tells everyone concerned but the supervisor, who knows; the lifting and the reminder tell the same. */
    private void notifyAll(Set<String> recipients, SupervisionMark mark, String link) {
        recipients.remove(mark.markedBy());
        for (String recipient : recipients) {
            mapper.insertRecipient(mark.id(), recipient);
            notifications.notify(recipient, "notice.supervision.marked", link, mark.caseNo(), mark.reason(),
                    mark.dueOn());
        }
    }

    /** The audit trail's name of the case's kind, as the case features record their own acts. */
    private static String auditTarget(SupervisionMark mark) {
        return switch (mark.caseType()) {
            case FILING -> "filing";
            case BREACH -> "breach";
            case PENALTY_CASE -> "penaltyCase";
        };
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private record Lifting(@NotBlank @Size(max = 500) @CleanText String reason) {
    }
}
