package cn.gov.ln.credit.webapp.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Requires every permission in the chain's brackets. A stranger is sent to the login page (pages) or gets
 * 401 (APIs); a known user without the permission gets 403, and the refusal is audited.
 */
public class PermissionFilter extends AuthorizationFilter {

    private final ApiRefusals api;
    private final DenialRecorder denials;

    /** {@code api}: the refusals' writer on machine doors, null on pages. */
    public PermissionFilter(ApiRefusals api, DenialRecorder denials) {
        this.api = api;
        this.denials = denials;
        setLoginUrl(LoginFilter.LOGIN_URL);
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        String[] permissions = (String[]) mappedValue;
        return subject.isAuthenticated() && (permissions == null || subject.isPermittedAll(permissions));
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response, Object mappedValue)
            throws IOException {
        Subject subject = getSubject(request, response);
        if (!subject.isAuthenticated()) {
            if (api != null) {
                api.write(WebUtils.toHttp(request), WebUtils.toHttp(response), HttpServletResponse.SC_UNAUTHORIZED,
                        "unauthorized", "error.unauthorized", null);
            } else {
                saveRequestAndRedirectToLogin(request, response);
            }
            return false;
        }
        String[] permissions = (String[]) mappedValue;
        denials.denied(WebUtils.toHttp(request).getRequestURI(), permissions == null ? null : String.join(",", permissions));
        if (api != null) {
            api.write(WebUtils.toHttp(request), WebUtils.toHttp(response), HttpServletResponse.SC_FORBIDDEN,
                    "forbidden", "error.accessDenied", null);
        } else {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        return onAccessDenied(request, response, null);
    }
}
