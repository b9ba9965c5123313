package cn.gov.ln.credit.security;

import java.util.concurrent.Callable;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.springframework.stereotype.Component;

/**
 * Runs work that no person started (timers, jobs, demo data, start-up) as {@link Actor#SYSTEM}, so the same
 * service checks apply and the audit trail names the system as the actor.
 */
@Component
public class SystemRunner {

    public static final String REALM = "credit";

    private final SecurityManager securityManager;

    public SystemRunner(SecurityManager securityManager) {
        this.securityManager = securityManager;
    }

    public <T> T call(Callable<T> work) {
        return callAs(Actor.SYSTEM, work);
    }

    public <T> T callAs(Actor actor, Callable<T> work) {
        try {
            return as(actor).execute(work);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public void run(Runnable work) {
        as(Actor.SYSTEM).execute(work);
    }

    public Subject as(Actor actor) {
        return new Subject.Builder(securityManager)
                .principals(new SimplePrincipalCollection(actor, REALM))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
    }
}
