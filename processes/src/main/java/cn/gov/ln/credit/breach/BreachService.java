package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches raised and waiting for determination. Raising one for the same filing and pledge twice (a retried
 * job) records it once.
 */
@Service
public class BreachService {

    private final BreachMapper mapper;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    BreachService(BreachMapper mapper, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** Records a breach found by post-approval verification of a pledge. */
    @Transactional
    public Breach raiseFromVerification(long subjectId, long filingId, String pledgeCode, String description,
            Long departmentId, String divisionCode) {
        Actor actor = guard.current();
        Breach existing = mapper.findForFiling(filingId, pledgeCode);
        if (existing != null) {
            return existing;
        }
        mapper.insert(new Breach(0, subjectId, Breach.FROM_VERIFICATION, filingId, pledgeCode, description,
                Breach.RAISED, departmentId, divisionCode, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                actor.username()));
        Breach raised = mapper.findForFiling(filingId, pledgeCode);
        audit.record(actor, AuditActions.BREACH_RAISED, "breach", raised.id(), pledgeCode);
        return raised;
    }

    public int openBreaches(long subjectId) {
        return mapper.countOpen(subjectId);
    }

    @Transactional(readOnly = true)
    public List<Breach> search(PageRequest page) {
        Actor actor = guard.require(Permissions.BREACH_READ);
        return mapper.search(actor.scopePrefix() + "%", page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count() {
        Actor actor = guard.require(Permissions.BREACH_READ);
        return mapper.count(actor.scopePrefix() + "%");
    }
}
