package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.shared.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Status 403 when a signed-in user opens a view or starts an action they may not. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.forbidden.title", "error.accessDenied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
