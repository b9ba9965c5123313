package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who sees which pledge: the pledger their own; a department system and its officers the pledges addressed to
 * their department; credit officers every pledge in their division.
 */
@Component
class PledgeAccess {

    private final AccessGuard guard;

    PledgeAccess(AccessGuard guard) {
        this.guard = guard;
    }

    boolean canRead(Actor actor, Pledge pledge) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return actor.subjectId() != null && actor.subjectId() == pledge.subjectId();
        }
        if (guard.isPermitted(Permissions.PLEDGE_READ_ALL) && actor.coversDivision(pledge.divisionCode())) {
            return true;
        }
        return guard.isPermitted(Permissions.PLEDGE_READ) && actor.departmentId() != null
                && actor.departmentId().equals(pledge.acceptingDepartmentId());
    }

    /** The pledger and the accepting department are the parties: they see the full identifier. */
    boolean isParty(Actor actor, Pledge pledge) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return actor.subjectId() != null && actor.subjectId() == pledge.subjectId();
        }
        return actor.kind() == ActorKind.API_CLIENT && actor.departmentId() != null
                && actor.departmentId().equals(pledge.acceptingDepartmentId());
    }

    /** The parties may act on a pledge: sign its draft, withdraw it. */
    boolean mayAct(Actor actor, Pledge pledge) {
        return isParty(actor, pledge);
    }

    PledgeMapper.Scope scope(Actor actor) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return new PledgeMapper.Scope("%", null, actor.subjectId() == null ? -1L : actor.subjectId());
        }
        if (guard.isPermitted(Permissions.PLEDGE_READ_ALL)) {
            return new PledgeMapper.Scope(actor.scopePrefix() + "%", null, null);
        }
        return new PledgeMapper.Scope(actor.scopePrefix() + "%",
                actor.departmentId() == null ? -1L : actor.departmentId(), null);
    }
}
