package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way a draft reaches the engine: submitted through the ModelReview process, reviewed by a second admin who
 * wrote no revision of it (four eyes), and deployed as the review's step. Kept apart from the editing
 * ({@link ModelLibraryService}) because this is the one class that changes what the engine runs; the
 * {@code deployModelDelegate} of the process calls {@link #deploy}.
 */
@Service
public class ModelDeployment {

    public static final String ADMIN_DEPLOYMENT = "credit-processes-admin";
    public static final String REVIEW_PROCESS = "ModelReview";
    public static final String TASK_REVIEW = "Task_ReviewModel";

    private final DraftMapper mapper;
    private final ModelValidator validator;
    private final ModelLibraryQueries queries;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final DraftAudit audit;
    private final AccessGuard guard;
    private final Clock clock;

    ModelDeployment(DraftMapper mapper, ModelValidator validator, ModelLibraryQueries queries,
            RepositoryService repository, RuntimeService runtime, TaskService engineTasks, DraftAudit audit,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.validator = validator;
        this.queries = queries;
        this.repository = repository;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** Submits a valid draft for review; a draft with findings is refused with every finding named. */
    @Transactional
    public ModelDraft submit(long draftId) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft draft = queries.load(draftId);
        if (draft.status() != ModelDraft.DraftStatus.EDITING) {
            throw new ConflictException("error.model.notEditing");
        }
        requireValid(draft);
        String instance = runtime.startProcessInstanceByKey(REVIEW_PROCESS, "MD" + draftId,
                Map.of("draftId", draftId, "resourceName", draft.resourceName(), "author", draft.author())).getId();
        mapper.submit(draftId, now(), instance);
        audit.record(actor, AuditActions.MODEL_SUBMITTED, draft, null);
        return queries.load(draftId);
    }

    /**
     * The second admin's review. No one who wrote a revision of the draft may approve or reject it. Approval deploys
     * in the same transaction: if the deployment fails, nothing is approved.
     */
    @Transactional
    public ModelDraft review(long draftId, boolean approve, String comment) {
        Actor actor = guard.require(Permissions.MODEL_REVIEW);
        ModelDraft draft = queries.load(draftId);
        if (draft.status() != ModelDraft.DraftStatus.SUBMITTED) {
            throw new ConflictException("error.model.notSubmitted");
        }
        if (writers(draft).contains(actor.username())) {
            throw new ConflictException("error.model.fourEyes");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw ValidationException.of("comment", "validation.required");
        }
        if (comment != null && comment.strip().length() > 1000) {
            throw ValidationException.of("comment", "validation.tooLong", 1000);
        }
        Task task = engineTasks.createTaskQuery().processInstanceId(draft.processInstanceId())
                .taskDefinitionKey(TASK_REVIEW).singleResult();
        if (task == null) {
            throw new ConflictException("error.model.notSubmitted");
        }
        mapper.review(draftId, approve ? ModelDraft.DraftStatus.DEPLOYED : ModelDraft.DraftStatus.REJECTED,
                actor.username(), now(), comment == null || comment.isBlank() ? null : comment.strip());
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId(), Map.of("approved", approve));
        audit.record(actor, approve ? AuditActions.MODEL_APPROVED : AuditActions.MODEL_REJECTED, draft,
                comment == null || comment.isBlank() ? null : comment.strip());
        return queries.load(draftId);
    }

    /**
     * Deploys an approved draft as a new version of that model and nothing else, with what it needs beside it: a
     * process takes the running version of the forms it names (a form key resolves within the process's own
     * deployment); a changed form takes the processes that name it, so they show it, with their other forms. Every
     * other model keeps its version. Validated once more first. Runs as the review's step.
     */
    @Transactional
    public String deploy(long draftId) {
        ModelDraft draft = queries.load(draftId);
        requireValid(draft);
        Map<String, Deployment> current = queries.running();
        DeploymentBuilder builder = repository.createDeployment().name(ADMIN_DEPLOYMENT).source("model-admin")
                .addString(draft.resourceName(), draft.content());
        Set<String> companions = new TreeSet<>();
        if (draft.kind() == ModelKind.BPMN) {
            companions.addAll(ModelLibraryQueries.formsOf(draft.content()));
        } else if (draft.kind() == ModelKind.FORM) {
            current.keySet().stream().filter(name -> ModelKind.of(name) == ModelKind.BPMN).forEach(name -> {
                Set<String> forms = ModelLibraryQueries.formsOf(queries.read(current.get(name).getId(), name));
                if (forms.contains(draft.resourceName())) {
                    companions.add(name);
                    companions.addAll(forms);
                }
            });
        }
        companions.remove(draft.resourceName());
        for (String name : companions) {
            Deployment source = current.get(name);
            if (source != null) {
                builder.addDeploymentResourcesByName(source.getId(), List.of(name));
            }
        }
        DeploymentWithDefinitions deployed = DeploymentGate.through("model library draft " + draftId,
                builder::deployWithResult);
        mapper.deployed(draftId, deployed.getId());
        audit.record(guard.current(), AuditActions.MODEL_DEPLOYED, draft, "deployment " + deployed.getId());
        return deployed.getId();
    }

    private void requireValid(ModelDraft draft) {
        List<Finding> findings = validator.validate(draft.resourceName(),
                draft.content().getBytes(StandardCharsets.UTF_8), queries.knownForms());
        if (!findings.isEmpty()) {
            throw new ValidationException(findings.stream().map(f -> new FieldViolation(
                    f.elementId() == null ? "model" : f.elementId(), f.messageKey(), f.arguments())).toList());
        }
    }

    private Set<String> writers(ModelDraft draft) {
        Set<String> writers = new HashSet<>();
        writers.add(draft.author());
        mapper.findRevisions(draft.id()).forEach(r -> writers.add(r.savedBy()));
        return writers;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
