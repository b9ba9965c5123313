package cn.gov.ln.credit.supervision;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the supervision reminders on every node every {@code credit.supervision.reminder-interval}; the claim in
 * {@link SupervisionReminders} makes the nodes' runs safe together. Off with
 * {@code credit.supervision.reminders-enabled=false} (the core tests call the reminders themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "credit.supervision.reminders-enabled", havingValue = "true", matchIfMissing = true)
class SupervisionReminderJob {

    private final SupervisionReminders reminders;

    SupervisionReminderJob(SupervisionReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${credit.supervision.reminder-initial-delay:PT2M}",
            fixedDelayString = "${credit.supervision.reminder-interval:PT30M}")
    void run() {
        reminders.remindOverdue();
    }
}
