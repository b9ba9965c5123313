package cn.gov.ln.credit.integration.api;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Records API calls refused by a service's permission check. */
@Component
class ApiDenials {

    private final AccessGuard guard;
    private final AuditService audit;

    ApiDenials(AccessGuard guard, AuditService audit) {
        this.guard = guard;
        this.audit = audit;
    }

    void record(String permission) {
        try {
            Actor actor = guard.current();
            audit.recordIndependently(AuditEntry.of(actor, AuditActions.ACCESS_DENIED, "api", null,
                    "needs " + permission, AuditService.clientAddress()));
        } catch (AccessDeniedException anonymous) {
            audit.recordIndependently(new AuditEntry("anonymous", null, null, AuditActions.ACCESS_DENIED, "api", null,
                    "needs " + permission, AuditService.clientAddress()));
        }
    }
}
