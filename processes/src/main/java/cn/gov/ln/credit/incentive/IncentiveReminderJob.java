package cn.gov.ln.credit.incentive;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the joint incentive deadline reminders every {@code credit.incentive.reminder-interval}; off with
 * {@code credit.penalty.reminders-enabled=false} like the penalty reminders (the core tests call them themselves).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "credit.penalty.reminders-enabled", havingValue = "true", matchIfMissing = true)
class IncentiveReminderJob {

    private final IncentiveReminders reminders;

    IncentiveReminderJob(IncentiveReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${credit.incentive.reminder-initial-delay:PT4M}",
            fixedDelayString = "${credit.incentive.reminder-interval:PT1H}")
    void run() {
        reminders.remindDueSoon();
    }
}
