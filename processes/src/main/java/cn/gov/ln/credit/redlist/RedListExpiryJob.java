package cn.gov.ln.credit.redlist;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends expired red entries every {@code credit.redlist.expiry-interval}; off with
 * {@code credit.penalty.reminders-enabled=false} like the other deadline jobs (the core tests call it themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "credit.penalty.reminders-enabled", havingValue = "true", matchIfMissing = true)
class RedListExpiryJob {

    private final RedListExpiry expiry;

    RedListExpiryJob(RedListExpiry expiry) {
        this.expiry = expiry;
    }

    @Scheduled(initialDelayString = "${credit.redlist.expiry-initial-delay:PT5M}",
            fixedDelayString = "${credit.redlist.expiry-interval:PT1H}")
    void run() {
        expiry.endExpired();
    }
}
