package cn.gov.ln.credit.notification;

import java.time.Instant;

/** A row of the outbox: one notice on one further channel, with its attempts so far. */
public record Delivery(long id, long notificationId, NotificationChannel channel, String address, DeliveryStatus status,
        int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt) {
}
