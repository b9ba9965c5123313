package cn.gov.ln.credit.webapp.security;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.subject.Subject;

/**
 * Who may open a view, read from the view class: {@link AnonymousAllowed} for public pages,
 * {@link RequiresPermissions} for permission-guarded ones, {@link RequiresAuthentication} for any signed-in
 * user. A view without any of them is closed to everyone, so a forgotten annotation fails safe. The same rule
 * guards direct URL requests (Shiro filter), in-app navigation and the side navigation.
 */
public final class ViewAccess {

    public enum Decision {
        ALLOWED,
        NEEDS_LOGIN,
        FORBIDDEN
    }

    private ViewAccess() {
    }

    public static Decision decide(Class<?> view, Subject subject) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return Decision.ALLOWED;
        }
        boolean authenticated = subject != null && subject.isAuthenticated();
        RequiresPermissions permissions = view.getAnnotation(RequiresPermissions.class);
        if (permissions != null) {
            if (!authenticated) {
                return Decision.NEEDS_LOGIN;
            }
            boolean permitted = permissions.logical() == Logical.AND
                    ? subject.isPermittedAll(permissions.value())
                    : anyPermitted(subject, permissions.value());
            return permitted ? Decision.ALLOWED : Decision.FORBIDDEN;
        }
        if (view.isAnnotationPresent(RequiresAuthentication.class)) {
            return authenticated ? Decision.ALLOWED : Decision.NEEDS_LOGIN;
        }
        return authenticated ? Decision.FORBIDDEN : Decision.NEEDS_LOGIN;
    }

    public static boolean allowed(Class<?> view, Subject subject) {
        return decide(view, subject) == Decision.ALLOWED;
    }

    private static boolean anyPermitted(Subject subject, String[] permissions) {
        for (String permission : permissions) {
            if (subject.isPermitted(permission)) {
                return true;
            }
        }
        return false;
    }
}
