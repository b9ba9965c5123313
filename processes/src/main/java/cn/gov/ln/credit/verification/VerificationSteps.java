package cn.gov.ln.credit.verification;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingPapers;
import cn.gov.ln.credit.filing.FilingRecords;
import cn.gov.ln.credit.filing.FilingStatus;
import cn.gov.ln.credit.legaldocument.DocumentLinks;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.pledge.Determination;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.ValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the PledgeVerification process (事中事后核查): the draw, the verification officer's finding, and
 * what a pledge not kept leads to (rectification; for a false pledge the permit's revocation and a breach).
 * PermitFiling starts the process by its key when it approves a filing on a pledge, so this feature depends on
 * {@code filing} and never the reverse; it reads and changes the filing only through {@link FilingRecords}.
 * Service tasks call these as the system; the officer's task completion calls the finding as the officer. Each
 * step is one transaction with the process step that calls it, and each is safe to repeat when a job is retried.
 */
@Service
public class VerificationSteps {

    private static final Random RANDOM = new SecureRandom();

    private final FilingRecords filings;
    private final FilingPapers papers;
    private final PledgeFulfilment fulfilment;
    private final BreachService breaches;
    private final MatterService matters;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int verificationWorkingDays;

    VerificationSteps(FilingRecords filings, FilingPapers papers, PledgeFulfilment fulfilment, BreachService breaches,
            MatterService matters, NotificationService notifications, WorkingDayCalendar calendar, AuditService audit,
            AccessGuard guard, Clock clock,
            @Value("${credit.filing.verification-working-days:20}") int verificationWorkingDays) {
        this.filings = filings;
        this.papers = papers;
        this.fulfilment = fulfilment;
        this.breaches = breaches;
        this.matters = matters;
        this.notifications = notifications;
        this.calendar = calendar;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.verificationWorkingDays = verificationWorkingDays;
    }

    /**
     * Draws whether this pledge is verified, at the rate the sampling table gives for the grade; a draw preset
     * on the process (tests, re-runs) is used as it is. Returns the due date of the verification, or null.
     */
    @Transactional
    public Date drawSample(long filingId, double rate, Double presetDraw) {
        double draw = presetDraw != null ? presetDraw : RANDOM.nextDouble();
        boolean sampled = draw < rate;
        if (!sampled) {
            filings.note(filingId, "VERIFICATION_NOT_SAMPLED", percent(rate));
            return null;
        }
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), verificationWorkingDays);
        filings.note(filingId, "VERIFICATION_SAMPLED", percent(rate), due);
        return Date.from(due.atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * The verification officer's finding, recorded on the pledge as its fulfilment determination. A pledge not
     * wholly kept needs the findings and the action taken.
     */
    @Transactional
    public void recordVerification(long filingId, FulfillmentStatus outcome, String findings, String action) {
        if (outcome != FulfillmentStatus.FULFILLED) {
            List<FieldViolation> violations = new ArrayList<>();
            if (findings == null || findings.isBlank()) {
                violations.add(FieldViolation.of("fields.findings", "validation.required"));
            }
            if (action == null || action.isBlank()) {
                violations.add(FieldViolation.of("fields.action", "validation.required"));
            }
            if (!violations.isEmpty()) {
                throw new ValidationException(violations);
            }
        }
        Filing filing = filings.find(filingId);
        fulfilment.determine(filing.pledgeCode(), new Determination(outcome, findings, action, LocalDate.now(clock),
                filing.filingNo()));
        filings.note(filingId, "PLEDGE_VERIFIED", MessageArgs.label(outcome), findings);
    }

    @Transactional
    public void orderRectification(long filingId) {
        Filing filing = filings.find(filingId);
        filings.note(filingId, "RECTIFICATION_ORDERED", filing.pledgeCode());
        notifications.notify(filing.applicantUsername(), "notice.filing.rectification", FilingRecords.link(filing),
                filing.filingNo(), filing.pledgeCode());
    }

    /** A false pledge: the permit granted on it is revoked. */
    @Transactional
    public void revokeForFalsePledge(long filingId) {
        Filing filing = filings.find(filingId);
        if (filing.status() == FilingStatus.REVOKED) {
            return;
        }
        filings.revoke(filingId);
        filings.note(filingId, "PERMIT_REVOKED", filing.pledgeCode());
        LegalDocument paper = papers.revoked(filing);
        filings.note(filingId, "PAPER_ISSUED", paper.number());
        notifications.notify(filing.applicantUsername(), "notice.filing.revocation", DocumentLinks.of(paper),
                filing.filingNo(), filing.pledgeCode(), paper.number());
        audit.record(guard.current(), AuditActions.PERMIT_REVOKED, "filing", filing.filingNo(), filing.pledgeCode());
    }

    /** Raises the breach of a false pledge, for the determination and joint penalty work. */
    @Transactional
    public void raiseBreach(long filingId) {
        Filing filing = filings.find(filingId);
        breaches.raiseFromVerification(filing.subjectId(), filingId, filing.pledgeCode(),
                "告知承诺事项经核查承诺不实：" + matters.get(filing.matterCode()).name() + "（" + filing.filingNo() + "）",
                filing.departmentId(), filing.divisionCode());
        filings.note(filingId, "BREACH_RAISED", filing.pledgeCode());
    }

    private static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }
}
