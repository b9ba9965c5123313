package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.engine.ProcessDeployment;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model library of process admins: every BPMN process, DMN decision and task form of the product with its
 * deployed versions; drafts edited in the browser, a revision kept per save; validation and a readable diff
 * against the running version; four-eyes deployment through the ModelReview process (whoever wrote a revision
 * of the draft cannot approve it); roll back by taking an earlier version through the same review.
 */
@Service
public class ModelLibraryService {

    public static final String ADMIN_DEPLOYMENT = "credit-processes-admin";
    public static final String REVIEW_PROCESS = "ModelReview";
    public static final String TASK_REVIEW = "Task_ReviewModel";
    private static final Pattern FORM_KEY = Pattern.compile(
            "formKey=\"camunda-forms:deployment:(forms/task/[a-z][a-z0-9-]{0,99}\\.form)\"");
    private static final Pattern RESOURCE = Pattern.compile("(processes/[A-Za-z][A-Za-z0-9_.-]{0,99}\\.(bpmn|dmn)"
            + "|forms/task/[a-z][a-z0-9-]{0,99}\\.form)");

    private final DraftMapper mapper;
    private final ModelValidator validator;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    ModelLibraryService(DraftMapper mapper, ModelValidator validator, RepositoryService repository,
            RuntimeService runtime, TaskService engineTasks, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.validator = validator;
        this.repository = repository;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** Every model of the running deployment with its versions and open draft. */
    @Transactional(readOnly = true)
    public List<ModelEntry> models() {
        guard.require(Permissions.MODEL_EDIT);
        Map<Deployment, List<String>> catalogue = catalogue();
        Map<String, Deployment> current = running(catalogue);
        List<ModelEntry> entries = new ArrayList<>();
        for (String name : current.keySet()) {
            if (!RESOURCE.matcher(name).matches()) {
                continue;
            }
            ModelKind kind = ModelKind.of(name);
            ModelDraft open = mapper.findOpen(name);
            List<ModelEntry.Version> versions = new ArrayList<>();
            String key = name.substring(name.lastIndexOf('/') + 1, name.lastIndexOf('.'));
            if (kind == ModelKind.BPMN) {
                for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .orderByProcessDefinitionVersion().desc().list()) {
                    versions.add(new ModelEntry.Version(definition.getVersion(), definition.getId(),
                            definition.getDeploymentId(), deployedAt(definition.getDeploymentId()),
                            runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()));
                }
            } else if (kind == ModelKind.DMN) {
                for (DecisionDefinition definition : repository.createDecisionDefinitionQuery()
                        .decisionDefinitionResourceName(name).orderByDecisionDefinitionVersion().desc().list()) {
                    key = definition.getKey();
                    versions.add(new ModelEntry.Version(definition.getVersion(), definition.getId(),
                            definition.getDeploymentId(), deployedAt(definition.getDeploymentId()), 0));
                }
            } else {
                List<Deployment> holding = catalogue.entrySet().stream().filter(e -> e.getValue().contains(name))
                        .map(Map.Entry::getKey).toList();
                for (int i = 0; i < holding.size(); i++) {
                    versions.add(new ModelEntry.Version(holding.size() - i, null, holding.get(i).getId(),
                            holding.get(i).getDeploymentTime().toInstant(), 0));
                }
            }
            entries.add(new ModelEntry(name, kind, key, versions, open == null ? null : open.id()));
        }
        return entries;
    }

    /** The running content of a model. */
    @Transactional(readOnly = true)
    public String deployedContent(String resourceName) {
        guard.require(Permissions.MODEL_EDIT);
        Deployment deployment = running().get(resourceName);
        if (deployment == null) {
            throw new NotFoundException("model", resourceName);
        }
        return read(deployment.getId(), resourceName);
    }

    /** The draft being edited for the model, opened from the running version if there is none. */
    @Transactional
    public ModelDraft openDraft(String resourceName) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft open = mapper.findOpen(resourceName);
        if (open != null) {
            return open;
        }
        Deployment current = running().get(resourceName);
        if (current == null) {
            throw new NotFoundException("model", resourceName);
        }
        return create(actor, resourceName, current.getId(), read(current.getId(), resourceName));
    }

    /**
     * A model from outside (a file saved by Camunda Modeler): it becomes the draft of the resource it names, a new
     * model when the product has none by that name. The file as uploaded must be a model of that kind
     * ({@link ModelValidator#admit}); anything else is refused and stored nowhere. When the resource already has an
     * open draft, the import replaces its content as a new revision only if the caller says so ({@code replace}),
     * and never a draft already submitted for review.
     */
    @Transactional
    public ModelDraft importModel(String resourceName, byte[] content, boolean replace) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        if (resourceName == null || !RESOURCE.matcher(resourceName).matches()) {
            throw ValidationException.of("resourceName", "model.lint.resourceName");
        }
        validator.admit(resourceName, content);
        String text = new String(content, StandardCharsets.UTF_8);
        ModelDraft open = mapper.findOpen(resourceName);
        if (open != null) {
            if (!replace) {
                throw new ConflictException("error.model.importConflict", resourceName, open.author());
            }
            return save(open.id(), text);
        }
        Deployment base = running().get(resourceName);
        ModelDraft draft = create(actor, resourceName, base == null ? null : base.getId(), text);
        record(actor, AuditActions.MODEL_IMPORTED, draft, null);
        return draft;
    }

    /** An import that never replaces an open draft. */
    @Transactional
    public ModelDraft importModel(String resourceName, byte[] content) {
        return importModel(resourceName, content, false);
    }

    /**
     * Discards a draft still being edited or rejected: it leaves the list of open drafts and its model can be
     * drafted afresh. Its revisions stay, and the discard is audited.
     */
    @Transactional
    public ModelDraft discard(long draftId) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft draft = load(draftId);
        if (mapper.discard(draftId, now()) == 0) {
            throw new ConflictException("error.model.notDiscardable");
        }
        record(actor, AuditActions.MODEL_DISCARDED, draft, null);
        return load(draftId);
    }

    /** Saves the editor's content as the next revision of the draft. */
    @Transactional
    public ModelDraft save(long draftId, String content) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft draft = load(draftId);
        if (draft.status() != ModelDraft.DraftStatus.EDITING) {
            throw new ConflictException("error.model.notEditing");
        }
        byte[] bytes = content == null ? null : content.getBytes(StandardCharsets.UTF_8);
        validator.admit(draft.resourceName(), bytes);
        String text = content;
        Instant now = now();
        mapper.saveContent(draftId, text, now);
        Integer last = mapper.maxRevision(draftId);
        mapper.insertRevision(new ModelRevision(0, draftId, last == null ? 1 : last + 1, text, actor.username(), now));
        return load(draftId);
    }

    @Transactional(readOnly = true)
    public ModelDraft draft(long draftId) {
        requireAdmin();
        return load(draftId);
    }

    @Transactional(readOnly = true)
    public List<ModelRevision> revisions(long draftId) {
        requireAdmin();
        return mapper.findRevisions(draftId);
    }

    /** Drafts waiting for a second admin's review. */
    @Transactional(readOnly = true)
    public List<ModelDraft> awaitingReview() {
        requireAdmin();
        return mapper.findByStatus(ModelDraft.DraftStatus.SUBMITTED);
    }

    @Transactional(readOnly = true)
    public List<ModelDraft> recentDrafts(int limit) {
        return drafts(null, 0, limit);
    }

    /** Drafts, newest first, whose model name or author contains {@code query} (all when blank), a page of them. */
    @Transactional(readOnly = true)
    public List<ModelDraft> drafts(String query, int offset, int limit) {
        requireAdmin();
        return mapper.findPage(pattern(query), Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public int countDrafts(String query) {
        requireAdmin();
        return mapper.count(pattern(query));
    }

    @Transactional(readOnly = true)
    public List<Finding> validate(long draftId) {
        requireAdmin();
        ModelDraft draft = load(draftId);
        return validator.validate(draft.resourceName(), draft.content().getBytes(StandardCharsets.UTF_8),
                knownForms());
    }

    /** What the draft changes against the running version. */
    @Transactional(readOnly = true)
    public List<ModelChange> diff(long draftId) {
        requireAdmin();
        ModelDraft draft = load(draftId);
        Deployment current = running().get(draft.resourceName());
        byte[] after = draft.content().getBytes(StandardCharsets.UTF_8);
        byte[] before = current == null ? null
                : read(current.getId(), draft.resourceName()).getBytes(StandardCharsets.UTF_8);
        if (draft.kind() == ModelKind.FORM) {
            return ModelDiff.diffForms(before == null ? "{}".getBytes(StandardCharsets.UTF_8) : before, after);
        }
        try {
            return before == null ? ModelDiff.diff(emptyModel(draft.kind()), after) : ModelDiff.diff(before, after);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("model", "model.lint.malformed", e.getMessage());
        }
    }

    /** Submits a valid draft for review; a draft with findings is refused with every finding named. */
    @Transactional
    public ModelDraft submit(long draftId) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft draft = load(draftId);
        if (draft.status() != ModelDraft.DraftStatus.EDITING) {
            throw new ConflictException("error.model.notEditing");
        }
        requireValid(draft);
        String instance = runtime.startProcessInstanceByKey(REVIEW_PROCESS, "MD" + draftId,
                Map.of("draftId", draftId, "resourceName", draft.resourceName(), "author", draft.author())).getId();
        mapper.submit(draftId, now(), instance);
        record(actor, AuditActions.MODEL_SUBMITTED, draft, null);
        return load(draftId);
    }

    /**
     * The second admin's review. No one who wrote a revision of the draft may approve or reject it. Approval deploys
     * in the same transaction: if the deployment fails, nothing is approved.
     */
    @Transactional
    public ModelDraft review(long draftId, boolean approve, String comment) {
        Actor actor = guard.require(Permissions.MODEL_REVIEW);
        ModelDraft draft = load(draftId);
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
        record(actor, approve ? AuditActions.MODEL_APPROVED : AuditActions.MODEL_REJECTED, draft,
                comment == null || comment.isBlank() ? null : comment.strip());
        return load(draftId);
    }

    /** A rejected draft goes back to editing. */
    @Transactional
    public ModelDraft reopen(long draftId) {
        guard.require(Permissions.MODEL_EDIT);
        mapper.reopen(draftId);
        return load(draftId);
    }

    /** Takes an earlier deployed version of a model as the draft to redeploy, through the same review. */
    @Transactional
    public ModelDraft rollbackTo(String resourceName, String deploymentId) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        if (mapper.findOpen(resourceName) != null) {
            throw new ConflictException("error.model.draftOpen");
        }
        return create(actor, resourceName, deploymentId, read(deploymentId, resourceName));
    }

    /**
     * Deploys an approved draft as a new version of that model and nothing else, with what it needs beside it: a
     * process takes the running version of the forms it names (a form key resolves within the process's own
     * deployment); a changed form takes the processes that name it, so they show it, with their other forms. Every
     * other model keeps its version. Validated once more first. Runs as the review's step.
     */
    @Transactional
    public String deploy(long draftId) {
        ModelDraft draft = load(draftId);
        requireValid(draft);
        Map<String, Deployment> current = running();
        DeploymentBuilder builder = repository.createDeployment().name(ADMIN_DEPLOYMENT).source("model-admin")
                .addString(draft.resourceName(), draft.content());
        Set<String> companions = new TreeSet<>();
        if (draft.kind() == ModelKind.BPMN) {
            companions.addAll(formsOf(draft.content()));
        } else if (draft.kind() == ModelKind.FORM) {
            current.keySet().stream().filter(name -> ModelKind.of(name) == ModelKind.BPMN).forEach(name -> {
                Set<String> forms = formsOf(read(current.get(name).getId(), name));
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
        record(guard.current(), AuditActions.MODEL_DEPLOYED, draft, "deployment " + deployed.getId());
        return deployed.getId();
    }

    /** The forms a user task may name: those running. */
    public Set<String> knownForms() {
        Set<String> forms = new HashSet<>();
        for (String name : running().keySet()) {
            if (name.startsWith("forms/")) {
                forms.add(name);
            }
        }
        return forms;
    }

    /**
     * Each model of the product with the deployment its running version came in: the newest deployment, shipped
     * or made here, that holds it (a review deploys only the models it changed).
     */
    public Map<String, Deployment> running() {
        return running(catalogue());
    }

    private Map<String, Deployment> running(Map<Deployment, List<String>> catalogue) {
        Map<String, Deployment> running = new TreeMap<>();
        catalogue.forEach((deployment, names) -> names.forEach(name -> running.putIfAbsent(name, deployment)));
        if (running.isEmpty()) {
            throw new NotFoundException("deployment", ProcessDeployment.NAME);
        }
        return running;
    }

    /** The product's deployments, newest first (made here wins a tie in time), with the models each holds. */
    private Map<Deployment, List<String>> catalogue() {
        List<Deployment> all = new ArrayList<>();
        for (String name : List.of(ProcessDeployment.NAME, ADMIN_DEPLOYMENT)) {
            all.addAll(repository.createDeploymentQuery().deploymentName(name).list());
        }
        all.sort(Comparator.comparing(Deployment::getDeploymentTime).reversed()
                .thenComparing(d -> ADMIN_DEPLOYMENT.equals(d.getName()) ? 0 : 1)
                .thenComparing(Deployment::getId, Comparator.reverseOrder()));
        Map<Deployment, List<String>> catalogue = new LinkedHashMap<>();
        for (Deployment deployment : all) {
            catalogue.put(deployment, repository.getDeploymentResourceNames(deployment.getId()).stream()
                    .filter(name -> RESOURCE.matcher(name).matches()).toList());
        }
        return catalogue;
    }

    /** The forms a process names in its form keys. */
    static Set<String> formsOf(String bpmn) {
        Set<String> forms = new TreeSet<>();
        Matcher form = FORM_KEY.matcher(bpmn);
        while (form.find()) {
            forms.add(form.group(1));
        }
        return forms;
    }

    private void requireValid(ModelDraft draft) {
        List<Finding> findings = validator.validate(draft.resourceName(),
                draft.content().getBytes(StandardCharsets.UTF_8), knownForms());
        if (!findings.isEmpty()) {
            throw new ValidationException(findings.stream().map(f -> new FieldViolation(
                    f.elementId() == null ? "model" : f.elementId(), f.messageKey(), f.arguments())).toList());
        }
    }

    /** The draft is the audit's target (a model's name may be longer than a target id); the name is in the detail. */
    private void record(Actor actor, String action, ModelDraft draft, String detail) {
        String text = draft.resourceName() + (detail == null ? "" : ": " + detail);
        audit.record(actor, action, "modelDraft", draft.id(), text.length() > 1000 ? text.substring(0, 1000) : text);
    }

    private Set<String> writers(ModelDraft draft) {
        Set<String> writers = new HashSet<>();
        writers.add(draft.author());
        mapper.findRevisions(draft.id()).forEach(r -> writers.add(r.savedBy()));
        return writers;
    }

    private ModelDraft create(Actor actor, String resourceName, String baseDeploymentId, String content) {
        Instant now = now();
        GeneratedId id = new GeneratedId();
        mapper.insert(new ModelDraft(0, resourceName, ModelKind.of(resourceName), baseDeploymentId, content,
                ModelDraft.DraftStatus.EDITING, actor.username(), now, now, null, null, null, null, null, null), id);
        mapper.insertRevision(new ModelRevision(0, id.value(), 1, content, actor.username(), now));
        return load(id.value());
    }

    private static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private String read(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new NotFoundException("model", resourceName);
        }
    }

    private Instant deployedAt(String deploymentId) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        return deployment == null ? null : deployment.getDeploymentTime().toInstant();
    }

    private ModelDraft load(long draftId) {
        ModelDraft draft = mapper.findById(draftId);
        if (draft == null) {
            throw new NotFoundException("modelDraft", draftId);
        }
        return draft;
    }

    private void requireAdmin() {
        if (!guard.isPermitted(Permissions.MODEL_REVIEW)) {
            guard.require(Permissions.MODEL_EDIT);
        }
    }

    private static byte[] emptyModel(ModelKind kind) {
        String xml = kind == ModelKind.DMN
                ? "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"/>"
                : "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
