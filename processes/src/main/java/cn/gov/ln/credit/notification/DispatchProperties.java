package cn.gov.ln.credit.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is worked ({@code credit.notify.dispatch.*}): how often it is swept besides the kick after each
 * commit, how many rows a sweep takes, how long a claim holds, how often and how far apart a delivery is tried.
 */
@ConfigurationProperties("credit.notify.dispatch")
record DispatchProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("50") int batch,
        @DefaultValue("2m") Duration lockFor,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxRetry) {

    /** The wait before the next try after {@code attempts} failed ones: doubling from the first, capped. */
    Duration backOff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
