package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.legaldocument.CaseReader;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Who reads a repair application besides its subject: the credit officers of its division; so do its papers. */
@Component
class RepairReaders implements CaseReader {

    private final RepairMapper mapper;
    private final AccessGuard guard;

    RepairReaders(RepairMapper mapper, AccessGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
    }

    @Override
    public CaseType caseType() {
        return CaseType.REPAIR;
    }

    @Override
    public void requireReadable(long caseId) {
        RepairApplication application = mapper.findById(caseId);
        if (application == null || !officer(guard.current(), application)) {
            throw new NotFoundException("repair", caseId);
        }
    }

    boolean officer(Actor actor, RepairApplication application) {
        return guard.isPermitted(Permissions.REPAIR_HANDLE) && actor.coversDivision(application.divisionCode());
    }
}
