package cn.gov.ln.credit.notification;

/**
 * The port an adapter implements to carry notices on one channel (the mail server, the SMS gateway). Present
 * only when its channel is configured; a notice is queued only for channels that have a sender.
 */
public interface ChannelSender {

    NotificationChannel channel();

    /**
     * Hands the message over. Throws {@link DeliveryFailedException} when it did not go; the dispatcher retries
     * later unless the failure is permanent.
     */
    void send(OutgoingMessage message);
}
