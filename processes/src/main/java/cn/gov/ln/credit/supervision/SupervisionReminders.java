package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.shared.ClaimedRows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A mark still open after its due date tells its recipients once more, once. Each mark is claimed by a conditional
 * update of its {@code reminded_at} in its own transaction with its notices: on several nodes only the node whose
 * update sets it sends them (the others' update finds it set), and a failure leaves the mark to the next round.
 */
@Service
public class SupervisionReminders {

    private final SupervisionMapper mapper;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SupervisionReminders(SupervisionMapper mapper, NotificationService notifications,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Reminds of the open marks past their due date not reminded of yet; how many this call reminded of. */
    public int remindOverdue() {
        LocalDate today = LocalDate.now(clock);
        return ClaimedRows.each(transactions, page -> mapper.findToRemind(today, page), this::remind);
    }

    private boolean remind(SupervisionMark mark) {
        if (mapper.claimReminder(mark.id(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)) == 0) {
            return false;
        }
        for (String recipient : mapper.findRecipients(mark.id())) {
            notifications.notify(recipient, "notice.supervision.overdue", mark.caseLink(), mark.caseNo(),
                    mark.reason(), mark.dueOn());
        }
        return true;
    }
}
