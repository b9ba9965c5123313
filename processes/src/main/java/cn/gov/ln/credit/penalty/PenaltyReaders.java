package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.legaldocument.CaseReader;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reads a joint penalty case: the credit officers of its division, all of it; a department asked to act in
 * it, its own part. So with its papers: the officers read every department's notice, a department's liaisons the
 * notice to their department alone.
 */
@Component
class PenaltyReaders implements CaseReader {

    private final PenaltyMapper mapper;
    private final AccessGuard guard;

    PenaltyReaders(PenaltyMapper mapper, AccessGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
    }

    @Override
    public CaseType caseType() {
        return CaseType.PENALTY;
    }

    @Override
    public void requireReadable(long caseId) {
        Actor actor = guard.current();
        PenaltyCase penaltyCase = mapper.findCase(caseId);
        if (penaltyCase == null || !officer(actor, penaltyCase.divisionCode()) && !party(actor, caseId)) {
            throw new NotFoundException("penaltyCase", caseId);
        }
    }

    /** A department's notice (its occurrence is the department's id) is for its own department. */
    @Override
    public boolean mayRead(LegalDocument document) {
        Actor actor = guard.current();
        PenaltyCase penaltyCase = mapper.findCase(document.caseId());
        return penaltyCase != null && (officer(actor, penaltyCase.divisionCode())
                || actor.departmentId() != null && document.occurrence().equals(actor.departmentId().toString()));
    }

    /** A credit officer of the case's division: reads the whole case. */
    boolean officer(Actor actor, String divisionCode) {
        return guard.isPermitted(Permissions.PENALTY_READ) && actor.coversDivision(divisionCode);
    }

    /** A department asked to act in the case: reads its own part. */
    boolean party(Actor actor, long caseId) {
        return guard.isPermitted(Permissions.PENALTY_RESPOND) && actor.departmentId() != null
                && mapper.findResponse(caseId, actor.departmentId()) != null;
    }
}
