package cn.gov.ln.credit.webapp.legaldocument;

import cn.gov.ln.credit.notification.NoticeDelivery;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

/**
 * One line under a paper for its officers: how the notice about it reached the addressee on each channel: posted in
 * the app and read or not yet, sent by e-mail or SMS, retrying, or given up after so many tries.
 */
public class NoticeDeliveries extends FlexLayout {

    public NoticeDeliveries(List<NoticeDelivery> deliveries) {
        addClassName("notice-deliveries");
        setFlexWrap(FlexWrap.WRAP);
        addClassNames(LumoUtility.Gap.Column.SMALL, LumoUtility.Gap.Row.XSMALL, LumoUtility.AlignItems.BASELINE,
                LumoUtility.FontSize.SMALL);
        Span label = new Span(getTranslation("casePapers.notice"));
        label.addClassName(LumoUtility.TextColor.SECONDARY);
        add(label);
        deliveries.forEach(d -> add(badge(d)));
    }

    private Span badge(NoticeDelivery delivery) {
        String channel = UiSupport.label(this, delivery.channel());
        if (delivery.channel() == NotificationChannel.IN_APP) {
            return delivery.readAt() == null
                    ? UiSupport.badge(getTranslation("casePapers.notice.unread", channel), "contrast")
                    : UiSupport.badge(getTranslation("casePapers.notice.read", channel,
                            UiSupport.dateTime(delivery.readAt())), "success");
        }
        String state = UiSupport.label(this, delivery.status());
        return switch (delivery.status()) {
            case SENT -> UiSupport.badge(getTranslation("casePapers.notice.sent", channel, state,
                    UiSupport.dateTime(delivery.at())), "success");
            case PENDING -> UiSupport.badge(getTranslation("casePapers.notice.retrying", channel, state,
                    delivery.attempts()), "contrast");
            case FAILED -> UiSupport.badge(getTranslation("casePapers.notice.failed", channel, state,
                    delivery.attempts()), "error");
        };
    }
}
