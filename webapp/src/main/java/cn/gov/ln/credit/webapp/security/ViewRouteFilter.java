package cn.gov.ln.credit.webapp.security;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Guards a direct request for a Vaadin view URL with the view's own access rule ({@link ViewAccess}): a stranger
 * is redirected to the login page, a user without the permission gets 403 before any view is rendered, and a
 * path that is no view gets 404 (Vaadin itself would answer any path with its page shell and 200). Vaadin's
 * internal requests ({@code ?v-r=...}) pass; navigation inside the UI is checked again on every route change.
 */
public class ViewRouteFilter extends AccessControlFilter {

    private static final Set<String> VAADIN_REQUEST_TYPES = Set.of("init", "uidl", "webcomponent-resync",
            "heartbeat", "push", "oldbrowser", "i18n");

    private final DenialRecorder denials;

    public ViewRouteFilter(DenialRecorder denials) {
        this.denials = denials;
        setLoginUrl(LoginFilter.LOGIN_URL);
    }

    /**
     * A view is read with GET; Vaadin posts only its own requests ({@code ?v-r=}). Anything else (DELETE, PUT, a
     * bare POST) would be answered with the page shell and 200, which invites doubt: it is refused.
     */
    @Override
    public boolean onPreHandle(ServletRequest request, ServletResponse response, Object mappedValue)
            throws Exception {
        HttpServletRequest in = WebUtils.toHttp(request);
        if (isVaadinInternal(in) && !isWellFormedVaadinRequest(in)) {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        boolean read = "GET".equals(in.getMethod()) || "HEAD".equals(in.getMethod());
        if (!read && !("POST".equals(in.getMethod()) && isVaadinInternal(in))) {
            HttpServletResponse http = WebUtils.toHttp(response);
            http.setHeader("Allow", "GET, HEAD");
            http.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return false;
        }
        return super.onPreHandle(request, response, mappedValue);
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        HttpServletRequest http = WebUtils.toHttp(request);
        if (isVaadinInternal(http)) {
            return true;
        }
        Class<?> view = viewOf(http);
        return view != null && ViewAccess.allowed(view, getSubject(request, response));
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        Subject subject = getSubject(request, response);
        if (viewOf(WebUtils.toHttp(request)) == null) {
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (!subject.isAuthenticated()) {
            saveRequestAndRedirectToLogin(request, response);
        } else {
            denials.denied(WebUtils.toHttp(request).getRequestURI(), "view");
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }

    private static boolean isVaadinInternal(HttpServletRequest request) {
        return request.getParameter("v-r") != null;
    }

    /**
     * Vaadin's request types ({@code HandlerHelper.RequestType}) with a numeric UI id where one is given; anything
     * else is the client's mistake (Vaadin would answer some of them with 500).
     */
    static boolean isWellFormedVaadinRequest(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        String ui = request.getParameter("v-uiId");
        return VAADIN_REQUEST_TYPES.contains(type) && (ui == null || ui.matches("\\d{1,9}"));
    }


    private Class<?> viewOf(HttpServletRequest request) {
        String route = trimSlashes(WebUtils.getPathWithinApplication(request));
        ApplicationRouteRegistry registry = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext()));
        NavigationRouteTarget target = registry.getNavigationRouteTarget(route);
        return target == null || target.getRouteTarget() == null ? null : target.getRouteTarget().getTarget();
    }

    static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
