package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

/**
 * Form sign-in at {@code POST /login} (the Vaadin login page posts here). A new session id is issued at sign-in,
 * and the only redirect targets are paths of this site. Every failure reads the same (unknown user, wrong password,
 * locked or disabled account), so the page tells a stranger nothing about which accounts exist; a locked account's
 * owner learns of it by a notification.
 */
public class LoginFilter extends FormAuthenticationFilter {

    public static final String LOGIN_URL = "/login";

    public LoginFilter() {
        setLoginUrl(LOGIN_URL);
        setSuccessUrl("/");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return !isLoginSubmission(request, response);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        Subject current = getSubject(request, response);
        if (current.isAuthenticated()) {
            current.logout();
        }
        return executeLogin(request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
            ServletResponse response) throws Exception {
        Actor actor = subject.getPrincipals().oneByType(Actor.class);
        if (actor == null || actor.kind() == ActorKind.API_CLIENT) {
            subject.logout();
            WebUtils.issueRedirect(request, response, LOGIN_URL + "?error=api");
            return false;
        }
        WebUtils.toHttp(request).changeSessionId();
        WebUtils.issueRedirect(request, response, safeTarget(WebUtils.getAndClearSavedRequest(request)));
        return false;
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
            ServletResponse response) {
        try {
            WebUtils.issueRedirect(request, response, LOGIN_URL + "?error=invalid");
        } catch (java.io.IOException io) {
            throw new IllegalStateException(io);
        }
        return false;
    }

    /** Only a local path saved from a page request: never another host, never a protocol-relative URL. */
    static String safeTarget(SavedRequest saved) {
        if (saved == null || !"GET".equalsIgnoreCase(saved.getMethod())) {
            return "/";
        }
        String url = saved.getRequestUrl();
        if (url == null || !url.startsWith("/") || url.startsWith("//") || url.contains("\\") || url.contains("://")
                || url.startsWith(LOGIN_URL)) {
            return "/";
        }
        return url;
    }
}
