package cn.gov.ln.credit.webapp.dashboard;

import cn.gov.ln.credit.webapp.security.ViewAccess;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.apache.shiro.util.ThreadContext;

/** Links to the dashboards the signed-in user may open (the home page and each dashboard show them). */
public class DashboardLinks extends Div {

    private static final List<Class<?>> VIEWS = List.of(OfficerDashboardView.class, ApprovalDashboardView.class,
            CreditDashboardView.class, ScreenView.class);

    private static final List<String> LABELS = List.of("dashboard.nav.officer", "dashboard.nav.approval",
            "dashboard.nav.credit", "dashboard.nav.screen");

    public DashboardLinks() {
        addClassName("dashboard-links");
        for (int i = 0; i < VIEWS.size(); i++) {
            if (ViewAccess.allowed(VIEWS.get(i), ThreadContext.getSubject())) {
                String path = VIEWS.get(i).getAnnotation(Route.class).value();
                Anchor link = new Anchor(path, getTranslation(LABELS.get(i)));
                link.setId("link-" + path.replace('/', '-'));
                add(link);
            }
        }
        setVisible(getChildren().findAny().isPresent());
    }
}
