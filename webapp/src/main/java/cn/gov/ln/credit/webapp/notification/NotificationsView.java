package cn.gov.ln.credit.webapp.notification;

import cn.gov.ln.credit.notification.Notification;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The signed-in user's notices, newest first; opening one marks it read and goes to what it is about; 全部已读 marks
 * them all read.
 */
@Route(value = "notifications", layout = MainLayout.class)
@RequiresAuthentication
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 100;

    public NotificationsView(NotificationService notifications) {
        add(new H2(getTranslation("nav.notifications")));
        var mine = notifications.mine(SHOWN);
        if (mine.stream().anyMatch(n -> n.readAt() == null)) {
            Button allRead = new Button(getTranslation("notifications.markAllRead"), new Icon(VaadinIcon.CHECK), e -> {
                notifications.markAllRead();
                getChildren().filter(c -> c.hasClassName("notification-card"))
                        .forEach(c -> c.removeClassName("unread"));
                e.getSource().setVisible(false);
            });
            allRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            allRead.setId("mark-all-read");
            add(allRead);
        }
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("notifications.none")));
        }
        for (Notification n : mine) {
            Div card = new Div();
            card.addClassName("notification-card");
            if (n.readAt() == null) {
                card.addClassName("unread");
            }
            H4 title = new H4(UiSupport.message(this, n.messageKey() + ".title", n.arguments()));
            Span when = new Span(UiSupport.dateTime(n.createdAt()));
            when.addClassName("hit-basis");
            card.add(title, when, new Paragraph(UiSupport.message(this, n.messageKey() + ".body", n.arguments())));
            card.addClickListener(e -> {
                notifications.markRead(n.id());
                if (n.link() != null) {
                    getUI().ifPresent(ui -> ui.navigate(n.link()));
                }
            });
            add(card);
        }
        setId("notifications");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications") + " · " + getTranslation("app.title");
    }
}
