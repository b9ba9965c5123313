package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.ListingLifecycle;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system steps of the Objection process. A correction propagates to everything that used the record: the
 * list entry's periods (and the timer that ends it), the grade, the credit checks and the portal that read it; a
 * revocation ends the listing and pushes the lifting to the departments. Every outcome clears the dispute mark.
 */
@Service
public class ObjectionSteps {

    private final ObjectionMapper mapper;
    private final ListingService listings;
    private final BreachService breaches;
    private final BreachQueries breachQueries;
    private final ListingLifecycle lifecycle;
    private final AccountService accounts;
    private final DepartmentService departments;
    private final NotificationService notifications;
    private final ObjectionPapers papers;
    private final ManagementService management;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    ObjectionSteps(ObjectionMapper mapper, ListingService listings, BreachService breaches,
            BreachQueries breachQueries, ListingLifecycle lifecycle, AccountService accounts,
            DepartmentService departments, NotificationService notifications, ObjectionPapers papers,
            ManagementService management, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.breaches = breaches;
        this.breachQueries = breachQueries;
        this.lifecycle = lifecycle;
        this.accounts = accounts;
        this.departments = departments;
        this.notifications = notifications;
        this.papers = papers;
        this.management = management;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional
    public void correct(long objectionId, String correctedText, String correctedTier) {
        Objection objection = load(objectionId);
        BreachTier tier = correctedTier == null ? null : BreachTier.valueOf(correctedTier);
        if (objection.recordType() == Objection.RecordType.LIST_ENTRY) {
            ListEntry corrected = listings.correct(objection.recordId(), correctedText, tier);
            retime(corrected);
        } else if (correctedText != null) {
            breaches.correct(objection.recordId(), correctedText);
        }
    }

    @Transactional
    public void revoke(long objectionId) {
        Objection objection = load(objectionId);
        if (objection.recordType() == Objection.RecordType.LIST_ENTRY) {
            ListEntry entry = listings.get(objection.recordId());
            lifecycle.end(entry.id(), ListEnding.REVOKED);
            if (entry.breachId() != null) {
                breaches.revoke(entry.breachId(), objection.objectionNo());
            }
        } else {
            breaches.revoke(objection.recordId(), objection.objectionNo());
        }
    }

    /**
     * Clears the dispute mark, issues the reply (异议处理答复书) and tells the subject (and whoever raised it) the
     * outcome, naming the reply. The correction is the officer's, as entered; the decider's department answers an
     * objection that names none. A retried step issues nothing twice.
     */
    @Transactional
    public void reply(long objectionId, String correctedText, String correctedTier, Long deciderDepartmentId) {
        Objection objection = load(objectionId);
        if (objection.recordType() == Objection.RecordType.LIST_ENTRY) {
            listings.setDisputed(objection.recordId(), false);
        } else {
            breaches.setDisputed(objection.recordId(), false);
        }
        LegalDocument paper = papers.reply(objection,
                ObjectionPapers.Correction.of(correctedText, correctedTier), deciderDepartmentId);
        Set<String> recipients = new LinkedHashSet<>(accounts.accountsOfSubject(objection.subjectId()));
        recipients.add(objection.submittedBy());
        for (String recipient : recipients) {
            notifications.notify(recipient, "notice.objection.replied", "documents/" + paper.id(),
                    objection.objectionNo(), MessageArgs.label(objection.status()), paper.number(),
                    objection.outcomeReason());
        }
    }

    /** The reply is late: the credit officers of the record's department are told, and the trail keeps it. */
    @Transactional
    public void overdue(long objectionId) {
        Objection objection = load(objectionId);
        if (!objection.isPending()) {
            return;
        }
        if (objection.departmentId() != null) {
            Department department = departments.get(objection.departmentId());
            accounts.colleagues(department.id(), Roles.CREDIT_OFFICER, objection.divisionCode())
                    .forEach(c -> notifications.notify(c.username(), "notice.objection.overdue", "objections",
                            objection.objectionNo(), objection.replyDueOn()));
        }
        audit.record(guard.current(), AuditActions.OBJECTION_OVERDUE, "objection", objection.objectionNo(),
                "due " + objection.replyDueOn());
    }

    /** A corrected tier moves the end of the listing: the determination's timer follows it. */
    private void retime(ListEntry entry) {
        if (entry.breachId() == null) {
            return;
        }
        Breach breach = breachQueries.find(entry.breachId());
        if (breach.processInstanceId() == null) {
            return;
        }
        Job timer = management.createJobQuery().processInstanceId(breach.processInstanceId())
                .activityId("Timer_ListingEnds").timers().singleResult();
        if (timer != null) {
            management.setJobDuedate(timer.getId(),
                    cn.gov.ln.credit.calendar.WorkingDayCalendar.closeOfBusiness(entry.expiresOn(), clock.getZone()));
        }
    }

    private Objection load(long objectionId) {
        Objection objection = mapper.findById(objectionId);
        if (objection == null) {
            throw new NotFoundException("objection", objectionId);
        }
        return objection;
    }
}
