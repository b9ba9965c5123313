package cn.gov.ln.credit.webapp.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/** HTTP Basic for department systems: a failed or missing login answers 401 with a JSON body, never a page. */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    public ApiAuthenticationFilter() {
        setApplicationName("credit-api");
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setHeader("WWW-Authenticate", "Basic realm=\"credit-api\", charset=\"UTF-8\"");
        try {
            PermissionFilter.HttpResponses.json(http, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }
}
