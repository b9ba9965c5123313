package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;

/**
 * Whose marks a supervisor may see in the list and lift: a filing's of their own department and division, a
 * breach's and a penalty case's of their division with the right to read those cases. The list's SQL applies the
 * same rule ({@link #of}).
 */
record SupervisionScope(long departmentId, String divisionPattern, boolean breaches, boolean penaltyCases) {

    static SupervisionScope of(Actor actor, AccessGuard guard) {
        return new SupervisionScope(actor.departmentId() == null ? -1 : actor.departmentId(),
                actor.scopePrefix() + "%", guard.isPermitted(Permissions.BREACH_READ),
                guard.isPermitted(Permissions.PENALTY_READ));
    }

    static boolean inDepartment(Actor actor, long departmentId, String divisionCode) {
        return actor.kind() == ActorKind.STAFF && actor.departmentId() != null && actor.departmentId() == departmentId
                && actor.coversDivision(divisionCode);
    }

    static boolean mayLift(Actor actor, AccessGuard guard, SupervisionMark mark) {
        return switch (mark.caseType()) {
            case FILING -> inDepartment(actor, mark.departmentId(), mark.divisionCode());
            case BREACH -> guard.isPermitted(Permissions.BREACH_READ) && actor.coversDivision(mark.divisionCode());
            case PENALTY_CASE -> guard.isPermitted(Permissions.PENALTY_READ)
                    && actor.coversDivision(mark.divisionCode());
        };
    }
}
