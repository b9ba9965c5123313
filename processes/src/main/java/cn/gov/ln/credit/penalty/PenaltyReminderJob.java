package cn.gov.ln.credit.penalty;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the joint penalty deadline reminders on every node every {@code credit.penalty.reminder-interval}; the claim
 * in {@link PenaltyReminders} makes the nodes' runs safe together. Off with
 * {@code credit.penalty.reminders-enabled=false} (the core tests call the reminders themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "credit.penalty.reminders-enabled", havingValue = "true", matchIfMissing = true)
class PenaltyReminderJob {

    private final PenaltyReminders reminders;

    PenaltyReminderJob(PenaltyReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${credit.penalty.reminder-initial-delay:PT3M}",
            fixedDelayString = "${credit.penalty.reminder-interval:PT1H}")
    void run() {
        reminders.remindDueSoon();
    }
}
