package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit officer's side of an objection: verified with the source, it is corrected, revoked or upheld by an
 * officer of the record's division, who completes the verification task with the outcome. Kept apart from
 * {@link ObjectionService}, where subjects and department systems raise objections: the officer acts under another
 * permission, within the division's scope, and only the process ({@link ObjectionSteps}) applies the outcome.
 */
@Service
public class ObjectionHandling {

    private final ObjectionMapper mapper;
    private final TaskService engineTasks;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    ObjectionHandling(ObjectionMapper mapper, TaskService engineTasks, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.engineTasks = engineTasks;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** The officer's answer; the process applies it to the record and replies to the subject. */
    @Transactional
    public Objection decide(long objectionId, ObjectionDecision decision) {
        Actor actor = guard.require(Permissions.OBJECTION_HANDLE);
        Objection objection = inScope(actor, objectionId);
        if (!objection.isPending()) {
            throw new ConflictException("error.objection.decided");
        }
        Violations violations = Violations.of(decision);
        if (decision.outcome() == Objection.ObjectionStatus.PENDING) {
            violations.add("outcome", "validation.required");
        }
        boolean hasText = decision.correctedText() != null && !decision.correctedText().isBlank();
        if (decision.outcome() == Objection.ObjectionStatus.CORRECTED) {
            if (!hasText && decision.correctedTier() == null) {
                violations.add("correctedText", "validation.required");
            }
            if (decision.correctedTier() != null && objection.recordType() != Objection.RecordType.LIST_ENTRY) {
                violations.add("correctedTier", "validation.objection.tierOnlyForListing");
            }
        }
        violations.throwIfAny();
        Task task = engineTasks.createTaskQuery().processInstanceId(objection.processInstanceId())
                .taskDefinitionKey(ObjectionService.TASK_VERIFY).singleResult();
        if (task == null || mapper.decide(objectionId, decision.outcome(), decision.reason().strip(), now(),
                actor.username()) == 0) {
            throw new ConflictException("error.objection.decided");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", decision.outcome().name());
        variables.put("correctedText", hasText ? decision.correctedText().strip() : null);
        variables.put("correctedTier", decision.correctedTier() == null ? null : decision.correctedTier().name());
        variables.put("deciderDepartmentId", actor.departmentId());
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId(), variables);
        audit.record(actor, AuditActions.OBJECTION_DECIDED, "objection", objection.objectionNo(),
                decision.outcome().name());
        return mapper.findById(objectionId);
    }

    private Objection inScope(Actor actor, long objectionId) {
        Objection objection = mapper.findById(objectionId);
        if (objection == null) {
            throw new NotFoundException("objection", objectionId);
        }
        guard.requireInScope(actor, objection.divisionCode(), "objection", objectionId);
        return objection;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
