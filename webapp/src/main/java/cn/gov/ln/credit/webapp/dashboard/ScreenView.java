package cn.gov.ln.credit.webapp.dashboard;

import cn.gov.ln.credit.dashboard.DashboardService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.springframework.beans.factory.annotation.Value;

/**
 * The credit office's big screen (大屏): its figures full screen on a dark ground, drawn anew every
 * {@code credit.dashboard.screen-refresh-seconds} by polling (no server push needed).
 */
@Route("dashboard/screen")
@RequiresPermissions(value = {Permissions.DASHBOARD_VIEW, Permissions.PENALTY_READ}, logical = Logical.AND)
@StyleSheet("context://styles/dashboard.css")
public class ScreenView extends Div implements HasDynamicTitle {

    /** The departments the screen's feedback chart shows: those with the most parts. */
    static final int SCREEN_DEPARTMENTS = 12;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final DashboardService dashboard;
    private final AccessGuard guard;
    private final Clock clock;
    private final int refreshSeconds;
    private final Div content = new Div();
    private Registration polling;

    public ScreenView(DashboardService dashboard, AccessGuard guard, Clock clock,
            @Value("${credit.dashboard.screen-refresh-seconds:30}") int refreshSeconds) {
        this.dashboard = dashboard;
        this.guard = guard;
        this.clock = clock;
        this.refreshSeconds = refreshSeconds;
        addClassName("big-screen");
        getElement().setAttribute("theme", "dark");
        content.addClassName("big-screen-content");
        Button fullScreen = new Button(getTranslation("dashboard.screen.fullScreen"),
                e -> getElement().executeJs("document.documentElement.requestFullscreen && "
                        + "document.documentElement.requestFullscreen()"));
        fullScreen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        fullScreen.setId("screen-full");
        add(fullScreen, content);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(refreshSeconds * 1000);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        CreditCharts charts = new CreditCharts(this, dashboard.credit(), true, SCREEN_DEPARTMENTS);
        H1 title = new H1(getTranslation("dashboard.screen.title", guard.current().divisionName()));
        Span updated = new Span(getTranslation("dashboard.screen.updated",
                LocalTime.now(clock.withZone(UiSupport.ZONE)).format(TIME)));
        updated.setId("screen-updated");
        content.removeAll();
        content.add(new Div(title, updated), DashboardPage.cards(charts.cards().toArray(Component[]::new)),
                DashboardPage.panels(charts.panels().toArray(Component[]::new)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.screen.title", guard.current().divisionName());
    }
}
