package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.breach.ListingLifecycle;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The system steps of the CreditRepair process: end the listing on a granted repair, tell the applicant. */
@Service
public class RepairSteps {

    private final RepairMapper mapper;
    private final ListingLifecycle lifecycle;
    private final AccountService accounts;
    private final NotificationService notifications;

    RepairSteps(RepairMapper mapper, ListingLifecycle lifecycle, AccountService accounts,
            NotificationService notifications) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.notifications = notifications;
    }

    /** Ends the listing: publication and sharing stop, the grade is recomputed, the lifting goes to departments. */
    @Transactional
    public void grant(long repairId) {
        lifecycle.end(load(repairId).listEntryId(), ListEnding.REPAIRED);
    }

    @Transactional
    public void notifyOutcome(long repairId) {
        RepairApplication application = load(repairId);
        for (String recipient : accounts.accountsOfSubject(application.subjectId())) {
            notifications.notify(recipient, "notice.repair.decided", "my-repairs", application.repairNo(),
                    MessageArgs.label(application.status()), application.decisionReason());
        }
    }

    private RepairApplication load(long repairId) {
        RepairApplication application = mapper.findById(repairId);
        if (application == null) {
            throw new NotFoundException("repair", repairId);
        }
        return application;
    }
}
