package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.webapp.security.DenialRecorder;
import cn.gov.ln.credit.webapp.security.ViewAccess;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.apache.shiro.util.ThreadContext;
import org.springframework.stereotype.Component;

/** Checks {@link ViewAccess} on every navigation inside the UI, whatever the URL filter saw. */
@Component
class ViewAccessChecker implements VaadinServiceInitListener {

    private final DenialRecorder denials;

    ViewAccessChecker(DenialRecorder denials) {
        this.denials = denials;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        switch (ViewAccess.decide(target, ThreadContext.getSubject())) {
            case ALLOWED -> {
            }
            case NEEDS_LOGIN -> event.forwardTo(LoginView.class);
            case FORBIDDEN -> {
                denials.denied("view " + event.getLocation().getPath(), target.getSimpleName());
                event.rerouteToError(new AccessDeniedException("view"), "");
            }
        }
    }
}
