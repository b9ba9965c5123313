package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.SystemRunner;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The bell in the header with the count of unread notices. It listens while on screen: a notice committed for
 * its user, or notices read in another tab, recount it and push the change to the browser (Vaadin push).
 * The recount runs as the bell's own user, so the service's scoping applies as on a request.
 */
public class NotificationBell extends Anchor {

    private final NotificationService notifications;
    private final BellBroadcaster broadcaster;
    private final SystemRunner runner;
    private final Actor actor;
    private final Icon bellIcon = new Icon(VaadinIcon.BELL_O);
    private final Span count = new Span();

    public NotificationBell(NotificationService notifications, BellBroadcaster broadcaster, SystemRunner runner,
            Actor actor) {
        super(MainLayout.NOTIFICATIONS, "");
        this.notifications = notifications;
        this.broadcaster = broadcaster;
        this.runner = runner;
        this.actor = actor;
        getElement().setAttribute("router-link", true);
        count.getElement().getThemeList().add("badge error pill small");
        count.setId("unread-count");
        add(bellIcon, count);
        setId("notifications-bell");
        show(notifications.unread());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        broadcaster.register(actor.username(), this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        broadcaster.unregister(actor.username(), this);
    }

    /** Recounts as the bell's user and pushes the count; called off the UI thread. */
    void refresh() {
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        long unread = runner.callAs(actor, notifications::unread);
        ui.access(() -> show(unread));
    }

    private void show(long unread) {
        bellIcon.getElement().setAttribute("icon", unread > 0 ? "vaadin:bell" : "vaadin:bell-o");
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("title", getTranslation("nav.notifications"));
        getElement().setAttribute("data-unread", String.valueOf(unread));
    }
}
