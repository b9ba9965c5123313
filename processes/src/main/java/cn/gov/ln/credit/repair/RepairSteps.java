package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.breach.ListingLifecycle;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system steps of the CreditRepair process: end the listing on a granted repair; issue the decision (信用修复决定书
 * or 不予信用修复决定书) and tell the applicant, naming it.
 */
@Service
public class RepairSteps {

    private final RepairMapper mapper;
    private final ListingLifecycle lifecycle;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final RepairPapers papers;

    RepairSteps(RepairMapper mapper, ListingLifecycle lifecycle, AccountService accounts,
            NotificationService notifications, RepairPapers papers) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.notifications = notifications;
        this.papers = papers;
    }

    /** Ends the listing: publication and sharing stop, the grade is recomputed, the lifting goes to departments. */
    @Transactional
    public void grant(long repairId) {
        lifecycle.end(load(repairId).listEntryId(), ListEnding.REPAIRED);
    }

    /** Issues the decision, once however often the step runs, and tells the applicant with its number. */
    @Transactional
    public void notifyOutcome(long repairId) {
        RepairApplication application = load(repairId);
        LegalDocument paper = papers.decision(application);
        for (String recipient : accounts.accountsOfSubject(application.subjectId())) {
            notifications.notify(recipient, "notice.repair.decidedWithPaper", "documents/" + paper.id(),
                    application.repairNo(), MessageArgs.label(application.status()), paper.number(),
                    application.decisionReason());
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
