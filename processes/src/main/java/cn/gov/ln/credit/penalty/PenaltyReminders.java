package cn.gov.ln.credit.penalty;

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
 * Reminds a department's liaisons of their part of a joint penalty case still unanswered
 * {@code credit.penalty.remind-working-days} working days before its response deadline, once. Each part is claimed
 * by a conditional update of its {@code reminded_at} in its own transaction with its notices: on several nodes only
 * the node whose update sets it sends them, and a failure leaves the part to the next round.
 */
@Service
public class PenaltyReminders {

    private final PenaltyMapper mapper;
    private final PenaltyService penalties;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int remindWorkingDays;

    PenaltyReminders(PenaltyMapper mapper, PenaltyService penalties, NotificationService notifications,
            WorkingDayCalendar calendar, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${credit.penalty.remind-working-days:2}") int remindWorkingDays) {
        this.mapper = mapper;
        this.penalties = penalties;
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

    private boolean remind(PenaltyMapper.ReminderRow part) {
        if (mapper.claimReminder(part.responseId(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)) == 0) {
            return false;
        }
        PenaltyCase penaltyCase = mapper.findCase(part.caseId());
        for (String liaison : penalties.liaisonsOf(part.departmentId())) {
            notifications.notify(liaison, "notice.penalty.dueSoon", PenaltyService.INCOMING_LINK,
                    penaltyCase.caseNo(), penaltyCase.responseDueOn());
        }
        return true;
    }
}
