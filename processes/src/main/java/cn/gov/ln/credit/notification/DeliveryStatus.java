package cn.gov.ln.credit.notification;

/** Where a delivery stands: waiting (first try or a retry), handed to the mail server or gateway, or given up. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED
}
