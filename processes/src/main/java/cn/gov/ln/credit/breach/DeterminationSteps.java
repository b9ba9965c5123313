package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.shared.MessageArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system steps of the BreachDetermination process: the advance notice with its defence period in working
 * days, the lapse of the period, the decision's paper, the push of a listing to the departments, and the end of
 * the listing at its maximum period with the lifting pushed the same way. Each is safe to repeat when its job is
 * retried. The notices to the subject name the paper and link to it.
 */
@Service
public class DeterminationSteps {

    /** Where the screens show a paper, by its id. */
    static final String PAPER_LINK = "documents/";

    private final BreachMapper mapper;
    private final BreachPapers papers;
    private final ListingService listings;
    private final PenaltyService penalties;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int defenceWorkingDays;

    DeterminationSteps(BreachMapper mapper, BreachPapers papers, ListingService listings, PenaltyService penalties,
            AccountService accounts, NotificationService notifications, WorkingDayCalendar calendar,
            AuditService audit, AccessGuard guard, Clock clock,
            @Value("${credit.breach.defence-working-days:5}") int defenceWorkingDays) {
        this.mapper = mapper;
        this.papers = papers;
        this.listings = listings;
        this.penalties = penalties;
        this.accounts = accounts;
        this.notifications = notifications;
        this.calendar = calendar;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.defenceWorkingDays = defenceWorkingDays;
    }

    /**
     * Tells the subject what is intended, on what basis, and their right to a statement and defence until the
     * end of the period, in the advance notice paper; returns when the period ends.
     */
    @Transactional
    public Date sendAdvanceNotice(long breachId) {
        Breach breach = load(breachId);
        if (breach.defenceDueOn() != null) {
            return WorkingDayCalendar.closeOfBusiness(breach.defenceDueOn(), clock.getZone());
        }
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), defenceWorkingDays);
        mapper.sendNotice(breachId, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), due);
        LegalDocument paper = papers.issueAdvanceNotice(breach, due, defenceWorkingDays);
        for (String recipient : accounts.accountsOfSubject(breach.subjectId())) {
            notifications.notify(recipient, "notice.breach.advanceIssued", PAPER_LINK + paper.id(), breach.caseNo(),
                    paper.number(), breach.description(), MessageArgs.label(breach.basisType()),
                    breach.basisNumber(), breach.basisIssuer(), MessageArgs.label(breach.proposedTier()), due,
                    defenceWorkingDays);
        }
        audit.record(guard.current(), AuditActions.ADVANCE_NOTICE_SENT, "breach", breach.caseNo(),
                paper.number() + ", due " + due);
        return WorkingDayCalendar.closeOfBusiness(due, clock.getZone());
    }

    /** No statement came within the period: the case goes to the decision without one. */
    @Transactional
    public void defenceLapsed(long breachId) {
        mapper.awaitDecision(breachId);
    }

    /**
     * Issues the decision paper in the decision's transaction and tells the subject; a step run again finds the
     * paper issued and tells no one twice.
     */
    @Transactional
    public void announceDecision(long breachId) {
        if (papers.issued(breachId, LegalDocumentType.BREACH_DETERMINATION).isPresent()) {
            return;
        }
        Breach breach = load(breachId);
        LegalDocument paper = papers.issueDetermination(breach);
        String outcome = MessageArgs.key("breach.status." + breach.status());
        for (String recipient : accounts.accountsOfSubject(breach.subjectId())) {
            notifications.notify(recipient, "notice.breach.decisionIssued", PAPER_LINK + paper.id(),
                    breach.caseNo(), paper.number(), outcome, breach.decisionReason());
        }
    }

    @Transactional
    public void initiatePenalty(long breachId) {
        Breach breach = load(breachId);
        if (breach.listEntryId() != null && listings.get(breach.listEntryId()).status()
                == cn.gov.ln.credit.listing.ListStatus.ACTIVE) {
            penalties.initiate(breach.listEntryId(), PenaltyAction.INITIATE, breach.decidedBy());
        }
    }

    /** The maximum period ran out: publication stops by itself. A listing already ended stays as it ended. */
    @Transactional
    public void endListing(long breachId) {
        Breach breach = load(breachId);
        listings.end(breach.listEntryId(), ListEnding.EXPIRED);
    }

    /** Pushes the lifting of an ended listing to the departments that were asked to apply measures. */
    @Transactional
    public void initiateLifting(long breachId) {
        Breach breach = load(breachId);
        penalties.initiate(breach.listEntryId(), PenaltyAction.LIFT, breach.decidedBy());
        for (String recipient : accounts.accountsOfSubject(breach.subjectId())) {
            notifications.notify(recipient, "notice.listing.ended", "my-credit", breach.caseNo(),
                    MessageArgs.label(listings.get(breach.listEntryId()).status()));
        }
    }

    private Breach load(long breachId) {
        Breach breach = mapper.findById(breachId);
        if (breach == null) {
            throw new cn.gov.ln.credit.shared.NotFoundException("breach", breachId);
        }
        return breach;
    }
}
