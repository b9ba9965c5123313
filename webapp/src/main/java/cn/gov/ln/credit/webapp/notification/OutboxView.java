package cn.gov.ln.credit.webapp.notification;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.notification.ChannelRules;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.notification.OutboxEntry;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.webapp.shell.MainLayout;
import cn.gov.ln.credit.webapp.shell.MenuItem;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;

/** The notification outbox: every e-mail and SMS delivery, newest first, with its status, tries and last error. */
@Route(value = "admin/notification-outbox", layout = MainLayout.class)
@RequiresPermissions(Permissions.AUDIT_READ)
@MenuItem(label = "nav.notificationOutbox", icon = "vaadin:envelopes-o", order = 145, section = "nav.section.admin")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 200;

    public OutboxView(NotificationService notifications, AccountService accounts) {
        setId("notification-outbox");
        setSizeFull();
        List<OutboxEntry> entries = notifications.outbox(SHOWN);
        Map<String, String> names = accounts.displayNames(entries.stream().map(OutboxEntry::recipient).toList());
        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("outbox-grid");
        grid.addColumn(e -> UiSupport.dateTime(e.createdAt())).setHeader(getTranslation("outbox.created"));
        grid.addColumn(e -> names.getOrDefault(e.recipient(), e.recipient()))
                .setHeader(getTranslation("outbox.recipient"));
        grid.addColumn(e -> getTranslation("notify.kind." + ChannelRules.kindOf(e.messageKey())))
                .setHeader(getTranslation("outbox.kind"));
        grid.addColumn(e -> UiSupport.label(this, e.channel())).setHeader(getTranslation("outbox.channel"));
        grid.addColumn(OutboxEntry::maskedAddress).setHeader(getTranslation("outbox.address"));
        grid.addColumn(e -> UiSupport.label(this, e.status())).setHeader(getTranslation("outbox.status"));
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.addColumn(e -> UiSupport.dateTime(e.sentAt() != null ? e.sentAt() : e.nextAttemptAt()))
                .setHeader(getTranslation("outbox.when"));
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("outbox.lastError"));
        grid.setItems(entries);
        add(new H2(getTranslation("nav.notificationOutbox")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notificationOutbox") + " · " + getTranslation("app.title");
    }
}
