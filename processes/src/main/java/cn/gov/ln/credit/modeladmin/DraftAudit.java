package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The audit record of a step on a draft, one shape for the editing ({@link ModelLibraryService}) and the review
 * and deployment ({@link ModelDeployment}), so the trail of a draft reads the same whichever class wrote it.
 */
@Component
class DraftAudit {

    private final AuditService audit;

    DraftAudit(AuditService audit) {
        this.audit = audit;
    }

    /** The draft is the audit's target (a model's name may be longer than a target id); the name is in the detail. */
    void record(Actor actor, String action, ModelDraft draft, String detail) {
        String text = draft.resourceName() + (detail == null ? "" : ": " + detail);
        audit.record(actor, action, "modelDraft", draft.id(), text.length() > 1000 ? text.substring(0, 1000) : text);
    }
}
