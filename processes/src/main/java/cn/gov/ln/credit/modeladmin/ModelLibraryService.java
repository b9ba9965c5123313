package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The model library of process admins, its editing side: drafts of the product's BPMN processes, DMN decisions and
 * task forms, opened from the running version, imported from Camunda Modeler or taken from an earlier version to
 * roll back, edited in the browser with a revision kept per save, and discarded. Nothing here reaches the engine:
 * a draft runs only after the four-eyes review of {@link ModelDeployment}; what the library shows is
 * {@link ModelLibraryQueries}'.
 */
@Service
public class ModelLibraryService {

    private final DraftMapper mapper;
    private final ModelValidator validator;
    private final ModelLibraryQueries queries;
    private final DraftAudit audit;
    private final AccessGuard guard;
    private final Clock clock;

    ModelLibraryService(DraftMapper mapper, ModelValidator validator, ModelLibraryQueries queries, DraftAudit audit,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.validator = validator;
        this.queries = queries;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** The draft being edited for the model, opened from the running version if there is none. */
    @Transactional
    public ModelDraft openDraft(String resourceName) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft open = mapper.findOpen(resourceName);
        if (open != null) {
            return open;
        }
        Deployment current = queries.running().get(resourceName);
        if (current == null) {
            throw new NotFoundException("model", resourceName);
        }
        return create(actor, resourceName, current.getId(), queries.read(current.getId(), resourceName));
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
        if (resourceName == null || !ModelLibraryQueries.RESOURCE.matcher(resourceName).matches()) {
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
        Deployment base = queries.running().get(resourceName);
        ModelDraft draft = create(actor, resourceName, base == null ? null : base.getId(), text);
        audit.record(actor, AuditActions.MODEL_IMPORTED, draft, null);
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
        ModelDraft draft = queries.load(draftId);
        if (mapper.discard(draftId, now()) == 0) {
            throw new ConflictException("error.model.notDiscardable");
        }
        audit.record(actor, AuditActions.MODEL_DISCARDED, draft, null);
        return queries.load(draftId);
    }

    /** Saves the editor's content as the next revision of the draft. */
    @Transactional
    public ModelDraft save(long draftId, String content) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        ModelDraft draft = queries.load(draftId);
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
        return queries.load(draftId);
    }

    /** A rejected draft goes back to editing. */
    @Transactional
    public ModelDraft reopen(long draftId) {
        guard.require(Permissions.MODEL_EDIT);
        mapper.reopen(draftId);
        return queries.load(draftId);
    }

    /** Takes an earlier deployed version of a model as the draft to redeploy, through the same review. */
    @Transactional
    public ModelDraft rollbackTo(String resourceName, String deploymentId) {
        Actor actor = guard.require(Permissions.MODEL_EDIT);
        if (mapper.findOpen(resourceName) != null) {
            throw new ConflictException("error.model.draftOpen");
        }
        return create(actor, resourceName, deploymentId, queries.read(deploymentId, resourceName));
    }

    private ModelDraft create(Actor actor, String resourceName, String baseDeploymentId, String content) {
        Instant now = now();
        GeneratedId id = new GeneratedId();
        mapper.insert(new ModelDraft(0, resourceName, ModelKind.of(resourceName), baseDeploymentId, content,
                ModelDraft.DraftStatus.EDITING, actor.username(), now, now, null, null, null, null, null, null), id);
        mapper.insertRevision(new ModelRevision(0, id.value(), 1, content, actor.username(), now));
        return queries.load(id.value());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
