package cn.gov.ln.testing;

import java.util.concurrent.Callable;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.ExecutionException;
import org.apache.shiro.subject.Subject;

/** Runs test code as a user who signed in through the real realm, with the demo password by default. */
public final class SignIn {

    public static final String DEMO_PASSWORD = "Demo@2026";

    private final SecurityManager securityManager;

    public SignIn(SecurityManager securityManager) {
        this.securityManager = securityManager;
    }

    public Subject as(String username) {
        Subject subject = new Subject.Builder(securityManager).sessionCreationEnabled(false).buildSubject();
        subject.login(new UsernamePasswordToken(username, DEMO_PASSWORD));
        return subject;
    }

    public <T> T call(String username, Callable<T> work) {
        try {
            return as(username).execute(work);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public void run(String username, Runnable work) {
        as(username).execute(work);
    }
}
