package cn.gov.ln.credit.webapp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Machine calls ({@code /api/**}, {@code /engine-rest/**}) are stateless: the request they reach the application
 * with has no session and cannot make one, and carries no session cookie. So a browser's session (a signed-in
 * officer's, a process administrator's) authenticates no API or engine REST call, a page cannot make the browser
 * call them with its cookie, and a Basic login neither creates a session nor writes itself into one.
 */
class StatelessMachineCalls extends OncePerRequestFilter {

    private final String sessionCookie;
    private final Pattern cookiePair;

    StatelessMachineCalls(String sessionCookie) {
        this.sessionCookie = sessionCookie;
        this.cookiePair = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(sessionCookie) + "=[^;]*");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Sessionless(request), response);
    }

    private final class Sessionless extends HttpServletRequestWrapper {

        Sessionless(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("machine calls are stateless");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromCookie() {
            return false;
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("machine calls are stateless");
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null
                    : Arrays.stream(cookies).filter(c -> !sessionCookie.equals(c.getName())).toArray(Cookie[]::new);
        }

        @Override
        public String getHeader(String name) {
            String value = super.getHeader(name);
            return "Cookie".equalsIgnoreCase(name) && value != null ? withoutSession(value) : value;
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!"Cookie".equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return Collections.enumeration(Collections.list(super.getHeaders(name)).stream()
                    .map(StatelessMachineCalls.this::withoutSession).toList());
        }
    }

    private String withoutSession(String header) {
        return cookiePair.matcher(header).replaceAll("").replaceFirst("^\\s*;\\s*", "");
    }
}
