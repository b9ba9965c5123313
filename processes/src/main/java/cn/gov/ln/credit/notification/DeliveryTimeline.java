package cn.gov.ln.credit.notification;

/**
 * Where a delivery's outcome is written beside the case it is about, for the officers who follow the case. The
 * filing feature implements it (it depends on this package, not the other way round).
 */
public interface DeliveryTimeline {

    /** The filing a notice's link points at, if any. */
    Long filingOf(String link);

    /** Writes the outcome on the filing's timeline as the system. */
    void record(long filingId, NotificationChannel channel, DeliveryStatus status, int attempts);
}
