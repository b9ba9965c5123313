package cn.gov.ln.credit.notification;

import java.time.Instant;

/**
 * How a notice reached its addressee on one channel, without the address: in the app (when the notice was posted,
 * and when the addressee read it), or by e-mail or SMS (the outbox row's state and tries, and when it was sent).
 */
public record NoticeDelivery(String link, String messageKey, NotificationChannel channel, DeliveryStatus status,
        int attempts, Instant at, Instant readAt) {
}
