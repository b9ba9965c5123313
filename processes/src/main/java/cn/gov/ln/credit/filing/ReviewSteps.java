package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.legaldocument.DocumentLinks;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of PermitFiling that people take by completing its user tasks: the intake officer's review, the papers
 * the applicant supplies, the approval officer's decision. Each runs as the one completing the task, in one
 * transaction with the completion, and refuses a filing that is no longer where the task expects it. The steps the
 * process runs itself, as the system, are {@link FilingSteps}'.
 */
@Service
public class ReviewSteps {

    private final FilingMapper mapper;
    private final FilingRecords records;
    private final InLieuEligibility eligibility;
    private final FilingPapers papers;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    ReviewSteps(FilingMapper mapper, FilingRecords records, InLieuEligibility eligibility, FilingPapers papers,
            NotificationService notifications, WorkingDayCalendar calendar, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.records = records;
        this.eligibility = eligibility;
        this.papers = papers;
        this.notifications = notifications;
        this.calendar = calendar;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** The intake officer's review. Returns the date papers are due when papers are requested. */
    @Transactional
    public Date recordReview(long filingId, ReviewDecision decision, String reason, String missingPapers,
            Integer papersWorkingDays) {
        Actor actor = guard.current();
        Filing filing = records.find(filingId);
        if (filing.status() != FilingStatus.IN_REVIEW) {
            throw new ConflictException("error.filing.notInReview");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (decision == ReviewDecision.REQUEST_PAPERS && (missingPapers == null || missingPapers.isBlank())) {
            violations.add(FieldViolation.of("fields.missingPapers", "validation.required"));
        }
        if (decision == ReviewDecision.REJECT && (reason == null || reason.isBlank())) {
            violations.add(FieldViolation.of("fields.reason", "validation.required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Date papersDue = null;
        switch (decision) {
            case ACCEPT -> {
                mapper.setStatus(filingId, FilingStatus.AWAITING_DECISION);
                records.note(filingId, "REVIEW_ACCEPTED", reason);
                LegalDocument paper = papers.accepted(filing);
                records.note(filingId, "PAPER_ISSUED", paper.number());
                notifications.notify(filing.applicantUsername(), "notice.filing.accepted", DocumentLinks.of(paper),
                        filing.filingNo(), filing.dueOn(), paper.number());
            }
            case REQUEST_PAPERS -> papersDue = requestPapers(filing, missingPapers, papersWorkingDays, "review");
            case REJECT -> {
                mapper.setDecision(filingId, Decision.REJECT, reason.strip(), now(), actor.username(),
                        FilingStatus.REJECTED);
                records.note(filingId, "REJECTED_AT_INTAKE", reason.strip());
                records.note(filingId, "PAPER_ISSUED", papers.notAccepted(filing, reason.strip()).number());
            }
        }
        audit.record(actor, AuditActions.FILING_REVIEWED, "filing", filing.filingNo(), decision.name());
        return papersDue;
    }

    private Date requestPapers(Filing filing, String missingPapers, Integer papersWorkingDays, String stage) {
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock),
                papersWorkingDays == null ? 5 : papersWorkingDays);
        mapper.setPapersDue(filing.id(), due, FilingStatus.PAPERS_REQUESTED);
        records.note(filing.id(), "PAPERS_REQUESTED", missingPapers.strip(), due);
        LegalDocument paper = papers.papersRequested(filing, missingPapers.strip(), due, stage);
        notifications.notify(filing.applicantUsername(), "notice.filing.papersNotice", DocumentLinks.of(paper),
                filing.filingNo(), missingPapers.strip(), due, paper.number());
        return WorkingDayCalendar.closeOfBusiness(due, clock.getZone());
    }

    @Transactional
    public void recordPapersSupplied(long filingId, String note) {
        Filing filing = records.find(filingId);
        if (filing.status() != FilingStatus.PAPERS_REQUESTED) {
            throw new ConflictException("error.filing.noPapersRequested");
        }
        mapper.setStatus(filingId, FilingStatus.IN_REVIEW);
        records.note(filingId, "PAPERS_SUPPLIED", note);
    }

    /**
     * The approval officer's decision, made after the second credit check. Returns the date papers are due when
     * the officer asks for papers instead of deciding. A filing granted approval in lieu cannot be approved once its
     * subject is no longer eligible (listed, or a false pledge unrepaired, since intake): the officer may still
     * reject it or ask for the certificates.
     */
    @Transactional
    public Date recordDecision(long filingId, Decision decision, String reason, String missingPapers,
            Integer papersWorkingDays) {
        Actor actor = guard.current();
        Filing filing = records.find(filingId);
        if (filing.status() != FilingStatus.AWAITING_DECISION) {
            throw new ConflictException("error.filing.notAwaitingDecision");
        }
        if (decision == Decision.REJECT && (reason == null || reason.isBlank())) {
            throw ValidationException.of("fields.reason", "validation.required");
        }
        if (decision == Decision.APPROVE && Boolean.TRUE.equals(filing.inLieuGranted())) {
            String refusal = eligibility.refusal(filing.subjectId()).orElse(null);
            if (refusal != null) {
                throw new ConflictException("error." + refusal);
            }
        }
        if (decision == Decision.REQUEST_PAPERS) {
            if (missingPapers == null || missingPapers.isBlank()) {
                throw ValidationException.of("fields.missingPapers", "validation.required");
            }
            Date due = requestPapers(filing, missingPapers, papersWorkingDays, "decision");
            audit.record(actor, AuditActions.FILING_DECIDED, "filing", filing.filingNo(), decision.name());
            return due;
        }
        mapper.setDecision(filingId, decision, reason == null ? null : reason.strip(), now(), actor.username(),
                decision == Decision.APPROVE ? FilingStatus.APPROVED : FilingStatus.REJECTED);
        records.note(filingId, decision == Decision.APPROVE ? "APPROVED" : "REJECTED", reason);
        records.note(filingId, "PAPER_ISSUED", papers.decided(filing, decision, reason).number());
        audit.record(actor, AuditActions.FILING_DECIDED, "filing", filing.filingNo(), decision.name());
        return null;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
