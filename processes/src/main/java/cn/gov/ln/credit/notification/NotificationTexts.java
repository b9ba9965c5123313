package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.shared.MessageArgs;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice as its e-mail and SMS say it, in the recipient's language, from the same bundle as the bell's text.
 * The SMS names no one and carries no identifiers beyond the notice's title: the rest is behind the sign-in.
 */
@Component
class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    String title(Notification notice, Locale locale) {
        return text(notice.messageKey() + ".title", notice.arguments(), locale);
    }

    String body(Notification notice, Locale locale) {
        return text(notice.messageKey() + ".body", notice.arguments(), locale);
    }

    OutgoingMessage message(Delivery delivery, Notification notice, Locale locale) {
        String title = title(notice, locale);
        if (delivery.channel() == NotificationChannel.SMS) {
            return new OutgoingMessage(delivery.id(), NotificationChannel.SMS, delivery.address(), null,
                    messages.getMessage("notify.sms.text", new Object[] {title}, locale));
        }
        String body = body(notice, locale) + "\n\n" + messages.getMessage("notify.mail.footer", null, locale);
        return new OutgoingMessage(delivery.id(), delivery.channel(), delivery.address(),
                messages.getMessage("notify.mail.subject", new Object[] {title}, locale), body);
    }

    private String text(String key, List<String> arguments, Locale locale) {
        Object[] resolved = arguments.stream()
                .map(a -> MessageArgs.isKey(a) ? messages.getMessage(MessageArgs.keyOf(a), null, a, locale) : a)
                .toArray();
        return messages.getMessage(key, resolved, key, locale);
    }
}
