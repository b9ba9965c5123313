package cn.gov.ln.credit.webapp.camunda;

import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Single sign-on for Cockpit, Tasklist and Admin: Camunda's container-based authentication asks this provider,
 * which answers with the user Shiro already signed in. Instantiated by Camunda, hence no injection.
 */
public class ShiroAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Subject subject = ThreadContext.getSubject();
        if (subject == null || !subject.isAuthenticated() || !subject.isPermitted(Permissions.CAMUNDA_WEBAPP)) {
            return AuthenticationResult.unsuccessful();
        }
        Actor actor = subject.getPrincipals().oneByType(Actor.class);
        return actor == null ? AuthenticationResult.unsuccessful() : AuthenticationResult.successful(actor.username());
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Shiro already redirected strangers to the login page; there is no challenge to add.
    }
}
