package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach record: a breach raised by verification of a pledge or entered by a credit officer, and what an
 * objection changes of it (the dispute mark, a corrected description, a revocation). Its determination under due
 * process is {@link DeterminationService}'s; what is shown of breaches is {@link BreachQueries}'.
 */
@Service
public class BreachService {

    /** The owner type of a breach's documents (the legal document's attachment). */
    public static final String DOCUMENT_OWNER = "BREACH";
    static final int MAX_DESCRIPTION = 500;

    private final BreachMapper mapper;
    private final SubjectService subjects;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    BreachService(BreachMapper mapper, SubjectService subjects, RuntimeService runtime, AuditService audit,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.subjects = subjects;
        this.runtime = runtime;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** Records a breach found by post-approval verification of a pledge; a retried job records it once. */
    @Transactional
    public Breach raiseFromVerification(long subjectId, long filingId, String pledgeCode, String description,
            Long departmentId, String divisionCode) {
        Actor actor = guard.current();
        Breach existing = mapper.findForFiling(filingId, pledgeCode);
        if (existing != null) {
            return existing;
        }
        GeneratedId id = new GeneratedId();
        mapper.insert(raised(subjectId, Breach.FROM_VERIFICATION, filingId, pledgeCode, cut(description),
                departmentId, divisionCode, actor), id);
        audit.record(actor, AuditActions.BREACH_RAISED, "breach", id.value(), pledgeCode);
        return mapper.findById(id.value());
    }

    /**
     * Records a breach a random inspection (双随机) found; the inspection keeps the breach's id and asks once. The
     * credit office then determines it on its legally effective document, as any other raised breach.
     */
    @Transactional
    public Breach raiseFromInspection(long subjectId, String planNo, String findings, long departmentId,
            String divisionCode) {
        Actor actor = guard.current();
        GeneratedId id = new GeneratedId();
        String description = PaperText.of("breach.description.inspection", planNo, findings);
        mapper.insert(raised(subjectId, Breach.FROM_INSPECTION, null, null, cut(description), departmentId,
                divisionCode, actor), id);
        audit.record(actor, AuditActions.BREACH_RAISED, "breach", id.value(), Breach.FROM_INSPECTION);
        return mapper.findById(id.value());
    }

    /** A credit officer enters a breach of a subject anywhere in the province; it is handled in their division. */
    @Transactional
    public Breach enter(NewBreach request) {
        Actor actor = guard.require(Permissions.BREACH_DETERMINE);
        Violations violations = Violations.of(request);
        CreditSubject subject = null;
        if (violations.clear("identifier")) {
            subject = subjects.lookupByIdentifier(request.identifier().strip()).orElse(null);
            if (subject == null) {
                violations.add(subjects.whyUnknown("identifier", request.identifier()));
            }
        }
        violations.throwIfAny();
        GeneratedId id = new GeneratedId();
        mapper.insert(raised(subject.id(), Breach.FROM_OFFICER, null, null, request.description().strip(),
                actor.departmentId(), actor.divisionCode(), actor), id);
        audit.record(actor, AuditActions.BREACH_RAISED, "breach", id.value(), subject.name());
        return mapper.findById(id.value());
    }

    /** Marks or clears the dispute of a breach under objection. */
    @Transactional
    public void setDisputed(long breachId, boolean disputed) {
        mapper.setDisputed(breachId, disputed);
    }

    /** Corrects what a breach records after an objection found it wrong. */
    @Transactional
    public void correct(long breachId, String description) {
        load(breachId);
        mapper.setDescription(breachId, cut(description.strip()));
    }

    /**
     * Revokes a breach after a successful objection: a running determination stops, and a listing it led to ends
     * through the listing's own path (the caller ends it).
     */
    @Transactional
    public void revoke(long breachId, String reason) {
        Breach breach = load(breachId);
        if (breach.isOpen() && breach.processInstanceId() != null
                && runtime.createProcessInstanceQuery().processInstanceId(breach.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(breach.processInstanceId(), "revoked after objection: " + reason);
        }
        mapper.setStatus(breachId, Breach.REVOKED);
    }

    /** A description cut to what a breach (and the listing it leads to) keeps. */
    static String cut(String text) {
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION - 1) + "…" : text;
    }

    private Breach load(long breachId) {
        Breach breach = mapper.findById(breachId);
        if (breach == null) {
            throw new NotFoundException("breach", breachId);
        }
        return breach;
    }

    private Breach raised(long subjectId, String source, Long filingId, String pledgeCode, String description,
            Long departmentId, String divisionCode, Actor actor) {
        return new Breach(0, subjectId, source, filingId, pledgeCode, description, Breach.RAISED, departmentId,
                divisionCode, now(), actor.username(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, false);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
