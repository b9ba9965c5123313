package cn.gov.ln.credit.webapp.security;

import cn.gov.ln.credit.account.MachineCredentials;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * HTTP Basic for machine calls (department systems on the API, process administrators on the engine's REST API):
 * every call carries its credentials (no session is read or made), a failed or missing login answers 401 in the
 * API's error format, and an address that failed too often answers 429 with {@code Retry-After} without its
 * password being tried.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    private final ApiRefusals refusals;
    private final AuthenticationThrottle throttle;

    public ApiAuthenticationFilter(ApiRefusals refusals, AuthenticationThrottle throttle) {
        this.refusals = refusals;
        this.throttle = throttle;
        setApplicationName("credit-api");
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        Optional<Duration> wait = throttle.waitFor(request.getRemoteAddr());
        if (wait.isPresent()) {
            HttpServletResponse http = WebUtils.toHttp(response);
            http.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            refusals.write(WebUtils.toHttp(request), http, 429, "too_many_requests", "error.tooManyAttempts", null);
            return false;
        }
        return super.onAccessDenied(request, response);
    }

    @Override
    protected AuthenticationToken createToken(String username, String password, ServletRequest request,
            ServletResponse response) {
        return new MachineCredentials(username, password, getHost(request));
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
            ServletResponse response) {
        throttle.failed(request.getRemoteAddr());
        return super.onLoginFailure(token, e, request, response);
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setHeader("WWW-Authenticate", "Basic realm=\"credit-api\", charset=\"UTF-8\"");
        try {
            refusals.write(WebUtils.toHttp(request), http, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "error.unauthorized", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
