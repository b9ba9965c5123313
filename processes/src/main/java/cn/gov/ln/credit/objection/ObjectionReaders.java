package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.legaldocument.CaseReader;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reads an objection besides its subject: the credit officers of the record's division and the department
 * system that raised it on the subject's behalf. Its papers are read by the same, so the reply reaches whoever the
 * answer is sent to.
 */
@Component
class ObjectionReaders implements CaseReader {

    private final ObjectionMapper mapper;
    private final AccessGuard guard;

    ObjectionReaders(ObjectionMapper mapper, AccessGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
    }

    @Override
    public CaseType caseType() {
        return CaseType.OBJECTION;
    }

    @Override
    public void requireReadable(long caseId) {
        Objection objection = mapper.findById(caseId);
        if (objection == null || !official(guard.current(), objection)) {
            throw new NotFoundException("objection", caseId);
        }
    }

    /** An officer of the record's division, or the department system that raised the objection. */
    boolean official(Actor actor, Objection objection) {
        boolean officer = guard.isPermitted(Permissions.OBJECTION_HANDLE)
                && actor.coversDivision(objection.divisionCode());
        return officer || actor.username().equals(objection.submittedBy());
    }
}
