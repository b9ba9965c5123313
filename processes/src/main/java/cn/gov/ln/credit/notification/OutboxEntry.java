package cn.gov.ln.credit.notification;

import java.time.Instant;

/** A delivery as the outbox screen shows it: the notice's key and recipient, the address masked. */
public record OutboxEntry(long id, String recipient, String messageKey, NotificationChannel channel,
        String maskedAddress, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
        Instant sentAt, Instant createdAt) {
}
