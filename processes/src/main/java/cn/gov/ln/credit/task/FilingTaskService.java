package cn.gov.ln.credit.task;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.DueLight;
import cn.gov.ln.credit.calendar.DueLights;
import cn.gov.ln.credit.engine.TaskForms;
import cn.gov.ln.credit.filing.FilingRecords;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.forms.FormValidator;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.substitution.Absence;
import cn.gov.ln.credit.substitution.Substitutions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' work on filings: the task list of their department and division, claiming, releasing, reassigning
 * (supervisors), and completing a task through its form. The form's schema is checked on the server before the
 * business step runs; the step and the engine's completion commit together or not at all.
 */
@Service
public class FilingTaskService {

    public static final int COUNT_LIMIT = 10_000;

    private final TaskMapper mapper;
    private final org.camunda.bpm.engine.TaskService engineTasks;
    private final TaskForms forms;
    private final TaskCompletions completions;
    private final FilingRecords records;
    private final AccountService accounts;
    private final AuditService audit;
    private final AccessGuard guard;
    private final DueLights lights;
    private final Clock clock;
    private final Substitutions substitutions;
    private final NotificationService notifications;

    FilingTaskService(TaskMapper mapper, org.camunda.bpm.engine.TaskService engineTasks, TaskForms forms,
            TaskCompletions completions, FilingRecords records, AccountService accounts, AuditService audit,
            AccessGuard guard, DueLights lights, Clock clock, Substitutions substitutions,
            NotificationService notifications) {
        this.mapper = mapper;
        this.engineTasks = engineTasks;
        this.forms = forms;
        this.completions = completions;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.guard = guard;
        this.lights = lights;
        this.clock = clock;
        this.substitutions = substitutions;
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    public List<TaskItem> search(TaskQuery query, PageRequest page) {
        TaskMapper.Scope scope = scope(query);
        if (scope == null) {
            return List.of();
        }
        mapper.planForTheValues();
        return mapper.search(query, scope, Like.prefix(query.text()), window(query), page.offset(), page.limit());
    }

    /** A page of the list as the screens show it: each task with its holder's name and its deadline's light. */
    @Transactional(readOnly = true)
    public List<TaskRow> rows(TaskQuery query, PageRequest page) {
        List<TaskItem> items = search(query, page);
        Map<String, String> names = accounts.displayNames(items.stream().map(TaskItem::assignee).toList());
        Instant now = clock.instant();
        Instant soon = lights.soonLimit();
        return items.stream().map(t -> new TaskRow(t, t.assignee() == null ? null
                : names.getOrDefault(t.assignee(), t.assignee()), DueLight.of(t.dueAt(), now, soon))).toList();
    }

    /** Who holds a task, by name; the username when the account is not known (the system). */
    @Transactional(readOnly = true)
    public String holderName(String username) {
        return username == null ? null : accounts.displayNames(List.of(username)).getOrDefault(username, username);
    }

    /**
     * How many tasks match, counted up to {@link #COUNT_LIMIT} and one more: a list of more than that is
     * narrowed with filters, not paged through, and counting all of a large queue costs as much as reading it.
     */
    @Transactional(readOnly = true)
    public long count(TaskQuery query) {
        TaskMapper.Scope scope = scope(query);
        if (scope == null) {
            return 0;
        }
        mapper.planForTheValues();
        return mapper.count(query, scope, Like.prefix(query.text()), window(query), COUNT_LIMIT + 1);
    }

    /** The task with its form and the process data the form shows; only for those who may work on it. */
    @Transactional(readOnly = true)
    public TaskDetail get(String taskId) {
        Actor actor = guard.current();
        TaskItem task = load(taskId);
        List<String> roles = candidateRoles(taskId);
        requireVisible(actor, task, roles);
        FormSchema form = forms.of(taskId);
        List<String> readOnly = form.inputs().stream().filter(c -> !c.isEditable()).map(c -> c.key()).toList();
        Map<String, String> values = new LinkedHashMap<>();
        if (!readOnly.isEmpty()) {
            engineTasks.getVariables(taskId, readOnly).forEach((key, value) -> values.put(key, display(value)));
        }
        return new TaskDetail(task, form, values, roles);
    }

    /** The open tasks of a filing that the caller may see (the case page, the applicant's own filing). */
    @Transactional(readOnly = true)
    public List<TaskItem> ofFiling(String filingNo) {
        Actor actor = guard.current();
        return mapper.findByFiling(filingNo).stream().filter(t -> isVisible(actor, t, candidateRoles(t.taskId())))
                .toList();
    }

    @Transactional
    public void claim(String taskId) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        TaskItem task = load(taskId);
        List<String> roles = candidateRoles(taskId);
        requireVisible(actor, task, roles);
        if (actor.username().equals(task.assignee())) {
            return;
        }
        Absence absence = through(actor, task, roles, substitutions.actingFor(actor));
        if (task.assignee() != null && absence == null) {
            throw new ConflictException("error.task.claimedByOther",
                    accounts.displayNames(List.of(task.assignee())).getOrDefault(task.assignee(), task.assignee()));
        }
        if (task.assignee() == null && absence == null && roles.stream().noneMatch(actor::hasRole)) {
            throw new ConflictException("error.task.notCandidate");
        }
        engineTasks.setAssignee(taskId, actor.username());
        records.note(task.filingId(), "TASK_CLAIMED", task.name());
        audit.record(actor, AuditActions.TASK_CLAIMED, "task", task.filingNo(), task.taskKey());
        actedFor(actor, task, absence);
    }

    /** Gives a claimed task back to the department's unclaimed list: its holder or a supervisor. */
    @Transactional
    public void release(String taskId) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        TaskItem task = load(taskId);
        List<String> roles = candidateRoles(taskId);
        requireVisible(actor, task, roles);
        if (task.assignee() == null) {
            return;
        }
        Absence absence = through(actor, task, roles, substitutions.actingFor(actor));
        if (!actor.username().equals(task.assignee()) && absence == null) {
            guard.require(Permissions.TASK_SUPERVISE);
        }
        engineTasks.setAssignee(taskId, null);
        records.note(task.filingId(), "TASK_RELEASED", task.name());
        actedFor(actor, task, absence);
    }

    /** Supervisors hand a task to a colleague of the same department holding the post, whose division covers it. */
    @Transactional
    public void reassign(String taskId, String username) {
        Actor actor = guard.require(Permissions.TASK_SUPERVISE);
        TaskItem task = load(taskId);
        List<String> roles = candidateRoles(taskId);
        requireVisible(actor, task, roles);
        if (candidates(task, roles).stream().noneMatch(c -> c.username().equals(username))) {
            throw new ValidationException(List.of(FieldViolation.of("assignee", "error.task.assigneeOutOfScope")));
        }
        String previous = task.assignee();
        engineTasks.setAssignee(taskId, username);
        records.note(task.filingId(), "TASK_REASSIGNED", previous == null ? "—" : previous, username);
        audit.record(actor, AuditActions.TASK_REASSIGNED, "task", task.filingNo(),
                task.taskKey() + " " + previous + " -> " + username);
        if (!username.equals(actor.username())) {
            notifications.notify(username, "notice.task.assigned", "filings/" + task.filingId(), task.filingNo(),
                    task.name());
        }
    }

    /** Who a supervisor may hand the task to. */
    @Transactional(readOnly = true)
    public List<AccountService.Colleague> candidates(String taskId) {
        Actor actor = guard.require(Permissions.TASK_SUPERVISE);
        TaskItem task = load(taskId);
        List<String> roles = candidateRoles(taskId);
        requireVisible(actor, task, roles);
        return candidates(task, roles);
    }

    /**
     * Completes a task with the values of its form: validated against the schema, handed to the filing's
     * business step, then to the engine. An unclaimed task is claimed by whoever completes it.
     */
    @Transactional
    public void complete(String taskId, Map<String, ?> submitted) {
        Actor actor = guard.current();
        TaskItem task = load(taskId);
        List<String> roles = candidateRoles(taskId);
        requireVisible(actor, task, roles);
        if (actor.kind() != ActorKind.APPLICANT) {
            guard.require(Permissions.TASK_WORK);
        }
        Absence absence = actor.kind() == ActorKind.APPLICANT ? null
                : through(actor, task, roles, substitutions.actingFor(actor));
        if (task.assignee() == null) {
            if (absence == null && roles.stream().noneMatch(actor::hasRole)) {
                throw new ConflictException("error.task.notCandidate");
            }
        } else if (!task.assignee().equals(actor.username()) && absence == null) {
            throw new ConflictException("error.task.notYours");
        }
        FormSchema form = forms.of(taskId);
        FormValidator.Result result = FormValidator.validate(form, submitted);
        if (!result.valid()) {
            throw new ValidationException(result.violations().stream()
                    .map(v -> FieldViolation.of("fields." + v.field(), v.reason(), v.arguments().toArray()))
                    .toList());
        }
        Map<String, Object> variables = completions.complete(task, form, result.values());
        actedFor(actor, task, absence);
        if (task.assignee() == null) {
            engineTasks.setAssignee(taskId, actor.username());
        }
        engineTasks.complete(taskId, variables);
    }

    /**
     * The absent officer through whom alone the actor reaches the task: it is assigned to them, or unclaimed for a
     * post they hold and the actor does not. Null when the actor reaches it in their own right.
     */
    private static Absence through(Actor actor, TaskItem task, List<String> roles, List<Absence> absences) {
        if (task.assignee() != null) {
            return task.assignee().equals(actor.username()) ? null
                    : absences.stream().filter(a -> a.username().equals(task.assignee())).findFirst().orElse(null);
        }
        if (roles.stream().anyMatch(actor::hasRole)) {
            return null;
        }
        return absences.stream().filter(a -> roles.stream().anyMatch(a.roles()::contains)).findFirst().orElse(null);
    }

    /** Records on the timeline and in the audit trail that the actor acted for the absent officer. */
    private void actedFor(Actor actor, TaskItem task, Absence absence) {
        if (absence != null) {
            records.note(task.filingId(), "SUBSTITUTE_ACTED", absence.displayName(), task.name());
            audit.record(actor, AuditActions.SUBSTITUTE_ACTED, "task", task.filingNo(),
                    task.taskKey() + " " + actor.username() + " for " + absence.username());
        }
    }

    private List<AccountService.Colleague> candidates(TaskItem task, List<String> roles) {
        List<AccountService.Colleague> colleagues = new ArrayList<>();
        for (String role : roles) {
            for (AccountService.Colleague c : accounts.colleagues(task.departmentId(), role, task.divisionCode())) {
                if (colleagues.stream().noneMatch(o -> o.username().equals(c.username()))) {
                    colleagues.add(c);
                }
            }
        }
        return colleagues;
    }

    private TaskItem load(String taskId) {
        TaskItem task = taskId == null ? null : mapper.findTask(taskId);
        if (task == null) {
            throw new NotFoundException("task", taskId);
        }
        return task;
    }

    private List<String> candidateRoles(String taskId) {
        return engineTasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private void requireVisible(Actor actor, TaskItem task, List<String> roles) {
        if (!isVisible(actor, task, roles)) {
            throw new NotFoundException("task", task.taskId());
        }
    }

    /** Staff see the tasks of their department and division; an applicant only tasks assigned to them. */
    private boolean isVisible(Actor actor, TaskItem task, List<String> roles) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return actor.username().equals(task.assignee());
        }
        return guard.isPermitted(Permissions.TASK_WORK) && actor.departmentId() != null
                && actor.departmentId() == task.departmentId() && actor.coversDivision(task.divisionCode())
                && (actor.username().equals(task.assignee()) || roles.stream().anyMatch(actor::hasRole)
                        || guard.isPermitted(Permissions.TASK_SUPERVISE)
                        || through(actor, task, roles, substitutions.actingFor(actor)) != null);
    }

    private TaskMapper.Scope scope(TaskQuery query) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        if (query.createdFrom() != null && query.createdTo() != null
                && query.createdTo().isBefore(query.createdFrom())) {
            throw ValidationException.of("createdTo", "validation.task.createdRange");
        }
        if (query.view() == TaskView.ALL) {
            guard.require(Permissions.TASK_SUPERVISE);
        }
        Set<String> usernames = new LinkedHashSet<>(List.of(actor.username()));
        Set<String> roles = new LinkedHashSet<>(actor.roles());
        for (Absence absence : substitutions.actingFor(actor)) {
            usernames.add(absence.username());
            roles.addAll(absence.roles());
        }
        if (actor.departmentId() == null || query.view() == TaskView.DEPARTMENT && roles.isEmpty()) {
            return null;
        }
        return new TaskMapper.Scope(actor.departmentId(), actor.scopePrefix() + "%", actor.username(), roles,
                usernames);
    }

    private TaskMapper.DueWindow window(TaskQuery query) {
        LocalDate today = LocalDate.now(clock);
        return new TaskMapper.DueWindow(clock.instant(), startOf(today), startOf(today.plusDays(1)),
                query.due() == DueFilter.SOON ? lights.soonLimit() : null,
                query.createdFrom() == null ? null : startOf(query.createdFrom()),
                query.createdTo() == null ? null : startOf(query.createdTo().plusDays(1)));
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(clock.getZone()).toLocalDate().toString();
        }
        return value.toString();
    }
}
