package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.engine.TaskForms;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.forms.FormValidator;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's own part of a joint penalty case (响应、反馈): its liaison responds with the measures applied (or
 * why not), then reports feedback, each through the form of the part's engine task. Kept apart from
 * {@link PenaltyService}, which opens, escalates and closes cases for the whole pipeline: here every act is the
 * caller's department's, on its part alone, and a case it is not asked to act in does not exist for it.
 */
@Service
public class DepartmentResponses {

    private final PenaltyMapper mapper;
    private final TaskService engineTasks;
    private final TaskForms forms;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    DepartmentResponses(PenaltyMapper mapper, TaskService engineTasks, TaskForms forms, AuditService audit,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.engineTasks = engineTasks;
        this.forms = forms;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * A department's response through its form: applied (with the measures and how) or not (with the reason).
     * Repeating the same response returns quietly; a different one after the first is refused.
     */
    @Transactional
    public PenaltyResponse respond(long caseId, Map<String, ?> submitted) {
        Actor actor = guard.require(Permissions.PENALTY_RESPOND);
        PenaltyCase penaltyCase = caseOf(caseId);
        PenaltyResponse part = partOf(actor, caseId);
        if (part.status() != PenaltyResponse.ResponseStatus.PENDING) {
            Map<String, Object> values = normalised(submitted);
            if (sameResponse(part, values)) {
                return part;
            }
            throw new ConflictException("error.penalty.alreadyResponded");
        }
        Task task = task(penaltyCase, PenaltyService.TASK_RESPOND, part.departmentId());
        Map<String, Object> values = validated(task, submitted);
        boolean applied = "APPLIED".equals(values.get("outcome"));
        String appliedMeasures = text(values, "appliedMeasures");
        String note = text(values, "note");
        if (applied && appliedMeasures == null) {
            throw ValidationException.of("fields.appliedMeasures", "validation.required");
        }
        if (!applied && note == null) {
            throw ValidationException.of("fields.note", "validation.required");
        }
        PenaltyResponse responded = new PenaltyResponse(part.id(), caseId, part.departmentId(), part.measureCodes(),
                PenaltyResponse.ResponseStatus.RESPONDED, applied, appliedMeasures, note, now(), actor.username(),
                null, null, null, part.escalatedAt());
        if (mapper.respond(responded) == 0) {
            throw new ConflictException("error.penalty.alreadyResponded");
        }
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId(), Map.of("outcome", values.get("outcome")));
        audit.record(actor, AuditActions.PENALTY_RESPONDED, "penaltyCase", penaltyCase.caseNo(),
                (applied ? "APPLIED" : "NOT_APPLIED") + " department " + part.departmentId());
        return mapper.findResponse(caseId, part.departmentId());
    }

    /** A department's feedback report after its response; repeating the same report returns quietly. */
    @Transactional
    public PenaltyResponse reportFeedback(long caseId, Map<String, ?> submitted) {
        Actor actor = guard.require(Permissions.PENALTY_RESPOND);
        PenaltyCase penaltyCase = caseOf(caseId);
        PenaltyResponse part = partOf(actor, caseId);
        if (part.status() == PenaltyResponse.ResponseStatus.REPORTED) {
            if (Objects.equals(part.feedbackNote(), feedbackText(normalised(submitted)))) {
                return part;
            }
            throw new ConflictException("error.penalty.alreadyReported");
        }
        if (part.status() == PenaltyResponse.ResponseStatus.PENDING) {
            throw new ConflictException("error.penalty.respondFirst");
        }
        Task task = task(penaltyCase, PenaltyService.TASK_FEEDBACK, part.departmentId());
        Map<String, Object> values = validated(task, submitted);
        PenaltyResponse reported = new PenaltyResponse(part.id(), caseId, part.departmentId(), part.measureCodes(),
                PenaltyResponse.ResponseStatus.REPORTED, part.applied(), part.appliedMeasures(), part.responseNote(),
                part.respondedAt(), part.respondedBy(), feedbackText(values), now(), actor.username(),
                part.escalatedAt());
        if (mapper.report(reported) == 0) {
            throw new ConflictException("error.penalty.alreadyReported");
        }
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId());
        audit.record(actor, AuditActions.PENALTY_FEEDBACK, "penaltyCase", penaltyCase.caseNo(),
                "department " + part.departmentId());
        return mapper.findResponse(caseId, part.departmentId());
    }

    /** The form a department fills in at the current step of its part, with the values it shows. */
    @Transactional(readOnly = true)
    public FormSchema formOf(long caseId) {
        Actor actor = guard.require(Permissions.PENALTY_RESPOND);
        PenaltyCase penaltyCase = caseOf(caseId);
        PenaltyResponse part = partOf(actor, caseId);
        String key = switch (part.status()) {
            case PENDING -> PenaltyService.TASK_RESPOND;
            case RESPONDED -> PenaltyService.TASK_FEEDBACK;
            case REPORTED -> throw new ConflictException("error.penalty.alreadyReported");
        };
        return forms.of(task(penaltyCase, key, part.departmentId()).getId());
    }

    private Map<String, Object> validated(Task task, Map<String, ?> submitted) {
        FormSchema form = forms.of(task.getId());
        FormValidator.Result result = FormValidator.validate(form, submitted);
        if (!result.valid()) {
            throw new ValidationException(result.violations().stream()
                    .map(v -> FieldViolation.of("fields." + v.field(), v.reason(), v.arguments().toArray()))
                    .toList());
        }
        return result.values();
    }

    private Task task(PenaltyCase penaltyCase, String taskKey, long departmentId) {
        Task task = engineTasks.createTaskQuery().processInstanceId(penaltyCase.processInstanceId())
                .taskDefinitionKey(taskKey).taskVariableValueEquals("departmentId", departmentId).singleResult();
        if (task == null) {
            throw new ConflictException("error.penalty.notAtStep");
        }
        return task;
    }

    private PenaltyCase caseOf(long caseId) {
        PenaltyCase penaltyCase = mapper.findCase(caseId);
        if (penaltyCase == null) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        return penaltyCase;
    }

    /** The caller's department's part of the case; a case the department is not asked to act in does not exist. */
    private PenaltyResponse partOf(Actor actor, long caseId) {
        PenaltyResponse part = actor.departmentId() == null ? null : mapper.findResponse(caseId, actor.departmentId());
        if (part == null) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        return part;
    }

    private static boolean sameResponse(PenaltyResponse part, Map<String, Object> values) {
        boolean applied = "APPLIED".equals(values.get("outcome"));
        return part.applied() != null && part.applied() == applied
                && Objects.equals(part.appliedMeasures(), text(values, "appliedMeasures"))
                && Objects.equals(part.responseNote(), text(values, "note"));
    }

    private static String feedbackText(Map<String, Object> values) {
        String result = text(values, "result");
        Object times = values.get("timesApplied");
        return times == null || result == null ? result : result + "（实施 " + times + " 次）";
    }

    private static Map<String, Object> normalised(Map<String, ?> submitted) {
        Map<String, Object> values = new HashMap<>();
        submitted.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v instanceof String s ? s.strip() : v);
            }
        });
        return values;
    }

    private static String text(Map<String, ?> values, String key) {
        Object value = values.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
