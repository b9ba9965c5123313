package cn.gov.ln.credit.notification;

/**
 * One message on one channel, already in the recipient's language. {@code deliveryId} is stable across retries so
 * a mail server or gateway can recognise a message it already took (Message-ID, request id).
 */
public record OutgoingMessage(long deliveryId, NotificationChannel channel, String address, String subject,
        String body) {

    @Override
    public String toString() {
        return "OutgoingMessage[" + deliveryId + " " + channel + "]";
    }
}
