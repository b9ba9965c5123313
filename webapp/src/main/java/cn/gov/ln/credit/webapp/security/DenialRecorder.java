package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.Actor;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Puts every refused access by a known user into the audit trail, whichever entry point refused it. */
@Component
public class DenialRecorder {

    private static final Logger log = LoggerFactory.getLogger(DenialRecorder.class);

    private final AuditService audit;

    DenialRecorder(AuditService audit) {
        this.audit = audit;
    }

    public void denied(String what, String needed) {
        Subject subject = ThreadContext.getSubject();
        Actor actor = subject == null || !subject.isAuthenticated() ? null
                : subject.getPrincipals().oneByType(Actor.class);
        String host = subject == null ? null : AuditService.clientAddress();
        String detail = needed == null ? what : what + " needs " + needed;
        try {
            audit.recordIndependently(actor == null
                    ? new AuditEntry("anonymous", null, null, AuditActions.ACCESS_DENIED, "route", null, detail, host)
                    : AuditEntry.of(actor, AuditActions.ACCESS_DENIED, "route", null, detail, host));
        } catch (RuntimeException e) {
            log.error("Could not record an access denial ({}): {}", detail, e.toString());
        }
    }
}
