package cn.gov.ln.credit.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session nobody has worked in for the idle timeout ({@code server.servlet.session.timeout}), before the
 * sign-in check sees it. An open screen's heartbeats keep the container's session alive and are not work, so they
 * are not counted; everything else is. The container's own timeout stays as the outer bound. Idleness is wall-clock
 * time, as the container's is: the application's clock follows the engine's, which can be moved on (deadline tests).
 */
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    private final long idleMillis;
    private final Clock clock = Clock.systemUTC();

    IdleSessionFilter(Duration idleTimeout) {
        this.idleMillis = idleTimeout.toMillis();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            long now = clock.millis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (last instanceof Long at && now - at > idleMillis) {
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.equals("v-r=heartbeat") || query.startsWith("v-r=heartbeat&")
                || query.contains("&v-r=heartbeat"));
    }
}
