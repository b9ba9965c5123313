package cn.gov.ln.credit.security;

import cn.gov.ln.credit.division.DivisionCodes;
import java.io.Serializable;
import java.util.Set;

/**
 * Who is acting: a signed-in person, an API client of a department, or the system itself (timers, jobs).
 * It is the Shiro principal of the session, fixed at sign-in; role changes apply from the next sign-in.
 */
public record Actor(
        long userId,
        String username,
        String displayName,
        ActorKind kind,
        Long departmentId,
        String departmentName,
        String divisionCode,
        String divisionName,
        Long subjectId,
        Set<String> roles,
        Set<String> permissions) implements Serializable {

    public static final String SYSTEM_USERNAME = "system";

    public static final Actor SYSTEM = new Actor(0L, SYSTEM_USERNAME, SYSTEM_USERNAME, ActorKind.SYSTEM, null, null,
            DivisionCodes.PROVINCE, null, null, Set.of(), Set.of("*"));

    public Actor {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** The division scope as a code prefix: the province sees everything, a city its counties. */
    public String scopePrefix() {
        return DivisionCodes.scopePrefix(divisionCode);
    }

    public boolean coversDivision(String otherDivisionCode) {
        return otherDivisionCode != null && otherDivisionCode.startsWith(scopePrefix());
    }

    public boolean isSystem() {
        return kind == ActorKind.SYSTEM;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return username;
    }
}
