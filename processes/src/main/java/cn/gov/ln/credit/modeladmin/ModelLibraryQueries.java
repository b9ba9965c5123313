package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.engine.ProcessDeployment;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model library shows: the models of the product with the deployment each runs from and its versions,
 * the drafts with their revisions, and a draft's findings and its diff against the running version. Nothing here
 * changes a draft or the engine's deployments: editing is {@link ModelLibraryService}'s, the four-eyes review and
 * the deployment {@link ModelDeployment}'s, and both ask this class which version of a model runs.
 */
@Service
public class ModelLibraryQueries {

    /** The models the library manages: the product's processes, decisions and task forms, by resource name. */
    static final Pattern RESOURCE = Pattern.compile("(processes/[A-Za-z][A-Za-z0-9_.-]{0,99}\\.(bpmn|dmn)"
            + "|forms/task/[a-z][a-z0-9-]{0,99}\\.form)");
    private static final Pattern FORM_KEY = Pattern.compile(
            "formKey=\"camunda-forms:deployment:(forms/task/[a-z][a-z0-9-]{0,99}\\.form)\"");

    private final DraftMapper mapper;
    private final ModelValidator validator;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final AccessGuard guard;

    ModelLibraryQueries(DraftMapper mapper, ModelValidator validator, RepositoryService repository,
            RuntimeService runtime, AccessGuard guard) {
        this.mapper = mapper;
        this.validator = validator;
        this.repository = repository;
        this.runtime = runtime;
        this.guard = guard;
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

    /** The forms a process names in its form keys. */
    static Set<String> formsOf(String bpmn) {
        Set<String> forms = new TreeSet<>();
        Matcher form = FORM_KEY.matcher(bpmn);
        while (form.find()) {
            forms.add(form.group(1));
        }
        return forms;
    }

    /** A draft, with no permission asked: for the editing and the review, which ask their own first. */
    ModelDraft load(long draftId) {
        ModelDraft draft = mapper.findById(draftId);
        if (draft == null) {
            throw new NotFoundException("modelDraft", draftId);
        }
        return draft;
    }

    /** A model's content as a deployment holds it; a deployment without it means the model is not found. */
    String read(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new NotFoundException("model", resourceName);
        }
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
        for (String name : List.of(ProcessDeployment.NAME, ModelDeployment.ADMIN_DEPLOYMENT)) {
            all.addAll(repository.createDeploymentQuery().deploymentName(name).list());
        }
        all.sort(Comparator.comparing(Deployment::getDeploymentTime).reversed()
                .thenComparing(d -> ModelDeployment.ADMIN_DEPLOYMENT.equals(d.getName()) ? 0 : 1)
                .thenComparing(Deployment::getId, Comparator.reverseOrder()));
        Map<Deployment, List<String>> catalogue = new LinkedHashMap<>();
        for (Deployment deployment : all) {
            catalogue.put(deployment, repository.getDeploymentResourceNames(deployment.getId()).stream()
                    .filter(name -> RESOURCE.matcher(name).matches()).toList());
        }
        return catalogue;
    }

    private static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private Instant deployedAt(String deploymentId) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        return deployment == null ? null : deployment.getDeploymentTime().toInstant();
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
}
