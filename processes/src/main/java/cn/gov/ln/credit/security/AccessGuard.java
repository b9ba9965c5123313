package cn.gov.ln.credit.security;

import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.NotFoundException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.springframework.stereotype.Component;

/**
 * The check every application service makes before it acts: who is calling, may they, and is the record
 * inside their division. It reads the Shiro subject bound to the current thread and fails closed when
 * there is none.
 */
@Component
public class AccessGuard {

    public static final String AUTHENTICATED = "authenticated";

    public Actor current() {
        Subject subject = ThreadContext.getSubject();
        if (subject == null || !subject.isAuthenticated()) {
            throw new AccessDeniedException(AUTHENTICATED);
        }
        Actor actor = subject.getPrincipals().oneByType(Actor.class);
        if (actor == null) {
            throw new AccessDeniedException(AUTHENTICATED);
        }
        return actor;
    }

    /** The current actor, after checking they hold the permission. */
    public Actor require(String permission) {
        Actor actor = current();
        if (!ThreadContext.getSubject().isPermitted(permission)) {
            throw new AccessDeniedException(permission);
        }
        return actor;
    }

    public boolean isPermitted(String permission) {
        Subject subject = ThreadContext.getSubject();
        return subject != null && subject.isAuthenticated() && subject.isPermitted(permission);
    }

    /**
     * Refuses a record outside the actor's division as if it did not exist, so that ids cannot be probed.
     */
    public void requireInScope(Actor actor, String divisionCode, String entity, Object id) {
        if (!actor.coversDivision(divisionCode)) {
            throw new NotFoundException(entity, id);
        }
    }
}
