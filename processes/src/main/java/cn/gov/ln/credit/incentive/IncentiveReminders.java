package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.shared.ClaimedRows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a department's liaisons, once, of their part of an incentive case still unanswered
 * {@code credit.incentive.remind-working-days} working days before its response deadline; each part is claimed by a
 * conditional update in its own transaction, so several nodes remind once (as the penalty reminders do).
 */
@Service
public class IncentiveReminders {

    private final IncentiveMapper mapper;
    private final IncentiveService incentives;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int remindWorkingDays;

    IncentiveReminders(IncentiveMapper mapper, IncentiveService incentives, NotificationService notifications,
            WorkingDayCalendar calendar, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${credit.incentive.remind-working-days:2}") int remindWorkingDays) {
        this.mapper = mapper;
        this.incentives = incentives;
        this.notifications = notifications;
        this.calendar = calendar;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.remindWorkingDays = remindWorkingDays;
    }

    /** Reminds of the parts due within the configured working days not reminded of yet; how many it reminded of. */
    public int remindDueSoon() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.addWorkingDays(today, remindWorkingDays);
        return ClaimedRows.each(transactions, page -> mapper.findToRemind(today, horizon, page), this::remind);
    }

    private boolean remind(IncentiveMapper.ReminderRow part) {
        if (mapper.claimReminder(part.partId(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)) == 0) {
            return false;
        }
        IncentiveCase incentiveCase = mapper.findCase(part.caseId());
        for (String liaison : incentives.liaisonsOf(part.departmentId())) {
            notifications.notify(liaison, "notice.incentive.dueSoon", IncentiveService.INCOMING_LINK,
                    incentiveCase.caseNo(), incentiveCase.responseDueOn());
        }
        return true;
    }
}
