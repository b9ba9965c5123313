package cn.gov.ln.credit.webapp.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Requires every permission in the chain's brackets. A stranger is sent to the login page (pages) or gets
 * 401 (APIs); a known user without the permission gets 403, and the refusal is audited.
 */
public class PermissionFilter extends AuthorizationFilter {

    private final boolean api;
    private final DenialRecorder denials;

    public PermissionFilter(boolean api, DenialRecorder denials) {
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
            if (api) {
                HttpResponses.json(WebUtils.toHttp(response), HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
            } else {
                saveRequestAndRedirectToLogin(request, response);
            }
            return false;
        }
        String[] permissions = (String[]) mappedValue;
        denials.denied(WebUtils.toHttp(request).getRequestURI(), permissions == null ? null : String.join(",", permissions));
        if (api) {
            HttpResponses.json(WebUtils.toHttp(response), HttpServletResponse.SC_FORBIDDEN, "forbidden");
        } else {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        return onAccessDenied(request, response, null);
    }

    /** Small JSON answers for the API filters, in the shape the API's error handler uses. */
    static final class HttpResponses {
        private HttpResponses() {
        }

        static void json(HttpServletResponse response, int status, String error) throws IOException {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
        }
    }
}
