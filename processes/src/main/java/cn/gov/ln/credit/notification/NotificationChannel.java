package cn.gov.ln.credit.notification;

/** How a notice reaches its recipient: the bell always, e-mail and SMS where the user has an address. */
public enum NotificationChannel {
    IN_APP, EMAIL, SMS
}
