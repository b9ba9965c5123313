package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.i18n.LanguageSwitch;
import cn.gov.ln.credit.webapp.security.ViewAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * The frame of every signed-in screen: the product name, the user with their department and division, the
 * language switch, sign-out, and a side navigation that lists only what this user may open.
 */
public class MainLayout extends AppLayout {

    static final String COCKPIT = "/camunda/app/cockpit/default/";
    static final String NOTIFICATIONS = "notifications";

    private final AccountService accounts;
    private final NotificationService notifications;
    private final BellBroadcaster bells;
    private final SystemRunner runner;

    public MainLayout(AccountService accounts, NotificationService notifications, BellBroadcaster bells,
            SystemRunner runner) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.bells = bells;
        this.runner = runner;
        Subject subject = ThreadContext.getSubject();
        Actor actor = subject == null ? null : subject.getPrincipals().oneByType(Actor.class);
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), userBox(actor));
        addToDrawer(brand(), navigation(subject), footer());
    }

    private H1 title() {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, "app-title");
        return title;
    }

    private HorizontalLayout userBox(Actor actor) {
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("user-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        if (actor != null) {
            Span name = new Span(actor.displayName());
            name.addClassName("user-name");
            Span where = new Span(actor.departmentName() != null
                    ? actor.departmentName() + " · " + actor.divisionName()
                    : actor.divisionName());
            where.addClassNames("user-scope", LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Div who = new Div(name, where);
            who.addClassName("user-who");
            box.add(new Icon(VaadinIcon.USER), who);
        }
        Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        if (actor != null) {
            box.add(new NotificationBell(notifications, bells, runner, actor));
        }
        box.add(new LanguageSwitch(), logout);
        return box;
    }

    private Header brand() {
        Span name = new Span(getTranslation("app.shortTitle"));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Header header = new Header(name);
        header.addClassNames(LumoUtility.Padding.MEDIUM, "brand");
        return header;
    }

    private Div navigation(Subject subject) {
        Div container = new Div();
        container.addClassName("side-navigation");
        Map<String, SideNav> sections = new LinkedHashMap<>();
        for (RouteData route : menuRoutes()) {
            Class<?> view = route.getNavigationTarget();
            if (!ViewAccess.allowed(view, subject)) {
                continue;
            }
            MenuItem item = view.getAnnotation(MenuItem.class);
            SideNav section = sections.computeIfAbsent(item.section(), key -> {
                SideNav nav = new SideNav();
                if (!key.isEmpty()) {
                    nav.setLabel(getTranslation(key));
                }
                return nav;
            });
            SideNavItem entry = new SideNavItem(getTranslation(item.label()), "/" + route.getTemplate(),
                    icon(item.icon()));
            section.addItem(entry);
        }
        if (subject != null && subject.isAuthenticated() && subject.isPermitted(Permissions.CAMUNDA_WEBAPP)) {
            SideNav operations = sections.computeIfAbsent("nav.section.operations", key -> {
                SideNav nav = new SideNav();
                nav.setLabel(getTranslation(key));
                return nav;
            });
            SideNavItem cockpit = new SideNavItem(getTranslation("nav.cockpit"), COCKPIT,
                    new Icon(VaadinIcon.DASHBOARD));
            cockpit.setOpenInNewBrowserTab(true);
            operations.addItem(cockpit);
        }
        sections.values().forEach(container::add);
        return container;
    }

    private static List<RouteData> menuRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getNavigationTarget().isAnnotationPresent(MenuItem.class))
                .sorted(Comparator.comparingInt(route -> route.getNavigationTarget()
                        .getAnnotation(MenuItem.class).order()))
                .collect(Collectors.toList());
    }

    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("app.footer")));
        footer.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.FontSize.XSMALL,
                LumoUtility.TextColor.SECONDARY);
        return footer;
    }

    private void logout() {
        accounts.recordLogout();
        UI.getCurrent().getPage().setLocation("/login?logout");
        ThreadContext.getSubject().logout();
    }
}
