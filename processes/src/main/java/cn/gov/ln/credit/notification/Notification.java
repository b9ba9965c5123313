package cn.gov.ln.credit.notification;

import cn.gov.ln.credit.shared.MessageArgs;
import java.time.Instant;
import java.util.List;

/**
 * A notice to a user of the portal: what happened to their filing, what they must do, by when. Shown as the
 * messages {@code <messageKey>.title} and {@code <messageKey>.body} in the reader's language.
 */
public record Notification(long id, String recipient, String messageKey, String args, String link,
        Instant createdAt, Instant readAt) {

    public List<String> arguments() {
        return MessageArgs.decode(args);
    }
}
