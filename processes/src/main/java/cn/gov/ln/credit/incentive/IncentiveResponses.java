package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's own part of a joint incentive case (响应、反馈): its liaison responds (applied, with the measures
 * and how, or not, with the reason), then reports feedback (the result and how many times the measures were
 * applied). Every act is the caller's department's, on its part alone; a case it is not asked to act in does not
 * exist for it. Repeating the same answer returns quietly (a retried API call); a different one is refused.
 */
@Service
public class IncentiveResponses {

    static final String APPLIED = "APPLIED";
    static final String NOT_APPLIED = "NOT_APPLIED";
    private static final Set<String> RESPONSE_FIELDS = Set.of("outcome", "appliedMeasures", "note");
    private static final Set<String> FEEDBACK_FIELDS = Set.of("result", "timesApplied");
    private static final int MAX_TEXT = 1000;
    private static final int MAX_RESULT = 2000;

    private final IncentiveMapper mapper;
    private final TaskService engineTasks;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    IncentiveResponses(IncentiveMapper mapper, TaskService engineTasks, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.engineTasks = engineTasks;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public IncentivePart respond(long caseId, Map<String, ?> submitted) {
        Actor actor = guard.require(Permissions.INCENTIVE_RESPOND);
        IncentiveCase incentiveCase = caseOf(caseId);
        IncentivePart part = partOf(actor, caseId);
        Response response = response(submitted);
        if (part.status() == IncentivePartStatus.WITHDRAWN) {
            throw new ConflictException("error.incentive.withdrawn");
        }
        if (part.status() != IncentivePartStatus.PENDING) {
            if (Objects.equals(part.applied(), response.applied())
                    && Objects.equals(part.appliedMeasures(), response.appliedMeasures())
                    && Objects.equals(part.responseNote(), response.note())) {
                return part;
            }
            throw new ConflictException("error.incentive.alreadyResponded");
        }
        Task task = task(incentiveCase, IncentiveService.TASK_RESPOND, part.departmentId());
        IncentivePart responded = new IncentivePart(part.id(), caseId, part.departmentId(), part.measureCodes(),
                IncentivePartStatus.RESPONDED, response.applied(), response.appliedMeasures(), response.note(), now(),
                actor.username(), null, null, null, null, part.escalatedAt());
        if (mapper.respond(responded) == 0) {
            throw new ConflictException("error.incentive.alreadyResponded");
        }
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId(), Map.of("outcome", response.applied() ? APPLIED : NOT_APPLIED));
        audit.record(actor, AuditActions.INCENTIVE_RESPONDED, "incentiveCase", incentiveCase.caseNo(),
                (response.applied() ? APPLIED : NOT_APPLIED) + " department " + part.departmentId());
        return mapper.findPart(caseId, part.departmentId());
    }

    @Transactional
    public IncentivePart reportFeedback(long caseId, Map<String, ?> submitted) {
        Actor actor = guard.require(Permissions.INCENTIVE_RESPOND);
        IncentiveCase incentiveCase = caseOf(caseId);
        IncentivePart part = partOf(actor, caseId);
        Feedback feedback = feedback(submitted);
        switch (part.status()) {
            case WITHDRAWN -> throw new ConflictException("error.incentive.withdrawn");
            case PENDING -> throw new ConflictException("error.incentive.respondFirst");
            case REPORTED -> {
                if (Objects.equals(part.feedbackResult(), feedback.result())
                        && Objects.equals(part.timesApplied(), feedback.timesApplied())) {
                    return part;
                }
                throw new ConflictException("error.incentive.alreadyReported");
            }
            case RESPONDED -> {
            }
        }
        Task task = task(incentiveCase, IncentiveService.TASK_FEEDBACK, part.departmentId());
        IncentivePart reported = new IncentivePart(part.id(), caseId, part.departmentId(), part.measureCodes(),
                IncentivePartStatus.REPORTED, part.applied(), part.appliedMeasures(), part.responseNote(),
                part.respondedAt(), part.respondedBy(), feedback.result(), feedback.timesApplied(), now(),
                actor.username(), part.escalatedAt());
        if (mapper.report(reported) == 0) {
            throw new ConflictException("error.incentive.alreadyReported");
        }
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId());
        audit.record(actor, AuditActions.INCENTIVE_FEEDBACK, "incentiveCase", incentiveCase.caseNo(),
                "department " + part.departmentId() + " times " + feedback.timesApplied());
        return mapper.findPart(caseId, part.departmentId());
    }

    private record Response(boolean applied, String appliedMeasures, String note) {
    }

    private record Feedback(String result, int timesApplied) {
    }

    private static Response response(Map<String, ?> submitted) {
        List<FieldViolation> found = unknown(submitted, RESPONSE_FIELDS);
        String outcome = text(submitted, "outcome", MAX_TEXT, found);
        String measures = text(submitted, "appliedMeasures", MAX_TEXT, found);
        String note = text(submitted, "note", MAX_TEXT, found);
        if (outcome == null) {
            found.add(FieldViolation.of("fields.outcome", "validation.required"));
        } else if (!APPLIED.equals(outcome) && !NOT_APPLIED.equals(outcome)) {
            found.add(FieldViolation.of("fields.outcome", "validation.form.notAnOption"));
        } else if (APPLIED.equals(outcome) && measures == null) {
            found.add(FieldViolation.of("fields.appliedMeasures", "validation.required"));
        } else if (NOT_APPLIED.equals(outcome) && note == null) {
            found.add(FieldViolation.of("fields.note", "validation.required"));
        }
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
        return new Response(APPLIED.equals(outcome), APPLIED.equals(outcome) ? measures : null, note);
    }

    private static Feedback feedback(Map<String, ?> submitted) {
        List<FieldViolation> found = unknown(submitted, FEEDBACK_FIELDS);
        String result = text(submitted, "result", MAX_RESULT, found);
        if (result == null && found.stream().noneMatch(v -> v.field().equals("fields.result"))) {
            found.add(FieldViolation.of("fields.result", "validation.required"));
        }
        Object raw = submitted.get("timesApplied");
        Integer times = null;
        if (raw == null || raw.toString().isBlank()) {
            found.add(FieldViolation.of("fields.timesApplied", "validation.required"));
        } else {
            try {
                times = raw instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue()
                        : Integer.valueOf(raw.toString().strip());
                if (times < 0) {
                    found.add(FieldViolation.of("fields.timesApplied", "validation.tooSmall", 0));
                }
            } catch (NumberFormatException e) {
                found.add(FieldViolation.of("fields.timesApplied", "validation.malformed"));
            }
        }
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
        return new Feedback(result, times);
    }

    private static List<FieldViolation> unknown(Map<String, ?> submitted, Set<String> fields) {
        List<FieldViolation> found = new ArrayList<>();
        submitted.keySet().stream().filter(k -> !fields.contains(k)).sorted()
                .forEach(k -> found.add(FieldViolation.of("fields." + k, "validation.form.unknownField")));
        return found;
    }

    private static String text(Map<String, ?> values, String key, int max, List<FieldViolation> found) {
        Object value = values.get(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > max) {
            found.add(FieldViolation.of("fields." + key, "validation.tooLong", max));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            found.add(FieldViolation.of("fields." + key, "validation.controlCharacters"));
        }
        return text;
    }

    private Task task(IncentiveCase incentiveCase, String taskKey, long departmentId) {
        Task task = engineTasks.createTaskQuery().processInstanceId(incentiveCase.processInstanceId())
                .taskDefinitionKey(taskKey).taskVariableValueEquals("departmentId", departmentId).singleResult();
        if (task == null) {
            throw new ConflictException("error.incentive.notAtStep");
        }
        return task;
    }

    private IncentiveCase caseOf(long caseId) {
        IncentiveCase incentiveCase = mapper.findCase(caseId);
        if (incentiveCase == null) {
            throw new NotFoundException("incentiveCase", caseId);
        }
        return incentiveCase;
    }

    /** The caller's department's part; a case the department is not asked to act in does not exist for it. */
    private IncentivePart partOf(Actor actor, long caseId) {
        IncentivePart part = actor.departmentId() == null ? null : mapper.findPart(caseId, actor.departmentId());
        if (part == null) {
            throw new NotFoundException("incentiveCase", caseId);
        }
        return part;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
