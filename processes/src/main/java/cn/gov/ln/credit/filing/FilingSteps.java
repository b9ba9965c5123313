package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the PermitFiling process. Service tasks call these as the system; officers' task completions call
 * the recording steps as themselves. Each step is one transaction with the process step that calls it, and each is
 * safe to repeat when a job is retried. An approval on a pledge starts PledgeVerification by its key
 * ({@link #VERIFICATION_PROCESS}); that process's steps are in the {@code verification} package, which depends on
 * this one and not the reverse.
 */
@Service
public class FilingSteps {

    public static final String VERIFICATION_PROCESS = "PledgeVerification";

    private final FilingMapper mapper;
    private final FilingRecords records;
    private final FilingService filings;
    private final CreditCheckService creditChecks;
    private final MatterService matters;
    private final PledgeService pledges;
    private final InLieuEligibility eligibility;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int toleranceWorkingDays;

    FilingSteps(FilingMapper mapper, FilingRecords records, FilingService filings, CreditCheckService creditChecks,
            MatterService matters, PledgeService pledges, InLieuEligibility eligibility,
            NotificationService notifications, WorkingDayCalendar calendar, RuntimeService runtime, AuditService audit,
            AccessGuard guard, Clock clock,
            @Value("${credit.filing.tolerance-working-days:10}") int toleranceWorkingDays) {
        this.mapper = mapper;
        this.records = records;
        this.filings = filings;
        this.creditChecks = creditChecks;
        this.matters = matters;
        this.pledges = pledges;
        this.eligibility = eligibility;
        this.notifications = notifications;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.toleranceWorkingDays = toleranceWorkingDays;
    }

    /**
     * Runs the credit check for the filing and records it; before the decision, notes a change since intake, and
     * that a filing granted approval in lieu is no longer eligible for it, so the officer sees why before deciding.
     */
    @Transactional
    public CreditCheckService.CheckResult checkCredit(long filingId, CheckPurpose purpose) {
        Filing filing = load(filingId);
        CreditCheckService.CheckResult result = creditChecks.check(filings.subjectOf(filing), purpose, filingId);
        CreditCheckRecord record = result.record();
        record(filingId, purpose == CheckPurpose.INTAKE ? "CREDIT_CHECKED" : "CREDIT_RECHECKED", summary(record));
        if (purpose == CheckPurpose.PRE_DECISION) {
            CreditCheckRecord atIntake = creditChecks.evidenceOf(filingId).get(0);
            if (record.differsFrom(atIntake)) {
                record(filingId, "CREDIT_CHANGED", grade(atIntake), grade(record));
            }
            if (Boolean.TRUE.equals(filing.inLieuGranted())) {
                eligibility.refusal(filing.subjectId()).ifPresent(reason ->
                        record(filingId, "IN_LIEU_NO_LONGER_ELIGIBLE", MessageArgs.key(reason)));
            }
        }
        audit.record(actor(), AuditActions.CREDIT_CHECKED, "filing", filing.filingNo(), compact(record));
        return result;
    }

    /** Applies the route the DMN decided; returns the date by which the review is due. */
    @Transactional
    public Date applyRoute(long filingId, FilingRoute route, String reason) {
        Filing filing = load(filingId);
        PermitMatter matter = matters.get(filing.matterCode());
        LocalDate received = filing.receivedAt().atZone(clock.getZone()).toLocalDate();
        LocalDate due = filing.dueOn();
        LocalDate papersDue = null;
        if (route == FilingRoute.GREEN) {
            LocalDate fast = calendar.addWorkingDays(received, Math.max(1, matter.statutoryDays() / 2));
            due = fast.isBefore(due) ? fast : due;
        } else if (route == FilingRoute.TOLERANCE) {
            papersDue = calendar.addWorkingDays(received, toleranceWorkingDays);
        }
        mapper.setRoute(filingId, route, due, papersDue, FilingStatus.IN_REVIEW);
        record(filingId, "ROUTED", MessageArgs.label(route), MessageArgs.key(reasonKey(reason)));
        return endOf(due);
    }

    /**
     * Decides whether the signed pledge replaces the certificates. Refused for subjects the routing table bars,
     * for subjects the law bars whatever the table says (on the serious-dishonesty list, an unrepaired false pledge),
     * for matters that do not allow it or are high-risk, and for a pledge no longer in force; granted, the pledge is
     * marked as relied on and can no longer be withdrawn.
     */
    @Transactional
    public boolean decideInLieu(long filingId, boolean pledgeAllowed, String routingReason) {
        Filing filing = load(filingId);
        PermitMatter matter = matters.get(filing.matterCode());
        if (filing.inLieuGranted() != null) {
            return filing.inLieuGranted();
        }
        // The table's reason when it bars the subject; when it allows the pledge, the law may still bar it.
        String refusal = pledgeAllowed ? eligibility.refusal(filing.subjectId()).orElse(null)
                : reasonKey(routingReason);
        if (refusal == null && !matter.acceptsPledgeInLieu()) {
            refusal = matter.highRisk() ? "filing.inLieu.refused.highRisk" : "filing.inLieu.refused.notOffered";
        }
        if (refusal == null && pledges.get(filing.pledgeCode()).pledge().status() != PledgeStatus.SIGNED) {
            refusal = "filing.inLieu.refused.pledgeNotInForce";
        }
        if (refusal == null) {
            pledges.relyOn(filing.pledgeCode(), filing.filingNo());
            mapper.setInLieu(filingId, true, null);
            record(filingId, "IN_LIEU_GRANTED", filing.pledgeCode());
            return true;
        }
        mapper.setInLieu(filingId, false, refusal);
        record(filingId, "IN_LIEU_REFUSED", MessageArgs.key(refusal));
        notifications.notify(filing.applicantUsername(), "notice.filing.inLieuRefused", FilingRecords.link(filing),
                filing.filingNo(), MessageArgs.key(refusal));
        return false;
    }

    /** The intake officer's review. Returns the date papers are due when papers are requested. */
    @Transactional
    public Date recordReview(long filingId, ReviewDecision decision, String reason, String missingPapers,
            Integer papersWorkingDays) {
        Actor actor = actor();
        Filing filing = load(filingId);
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
                record(filingId, "REVIEW_ACCEPTED", reason);
            }
            case REQUEST_PAPERS -> papersDue = requestPapers(filing, missingPapers, papersWorkingDays);
            case REJECT -> {
                mapper.setDecision(filingId, Decision.REJECT, reason.strip(), now(), actor.username(),
                        FilingStatus.REJECTED);
                record(filingId, "REJECTED_AT_INTAKE", reason.strip());
            }
        }
        audit.record(actor, AuditActions.FILING_REVIEWED, "filing", filing.filingNo(), decision.name());
        return papersDue;
    }

    private Date requestPapers(Filing filing, String missingPapers, Integer papersWorkingDays) {
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock),
                papersWorkingDays == null ? 5 : papersWorkingDays);
        mapper.setPapersDue(filing.id(), due, FilingStatus.PAPERS_REQUESTED);
        record(filing.id(), "PAPERS_REQUESTED", missingPapers.strip(), due);
        notifications.notify(filing.applicantUsername(), "notice.filing.papersRequested", FilingRecords.link(filing),
                filing.filingNo(), missingPapers.strip(), due);
        return endOf(due);
    }

    @Transactional
    public void recordPapersSupplied(long filingId, String note) {
        Filing filing = load(filingId);
        if (filing.status() != FilingStatus.PAPERS_REQUESTED) {
            throw new ConflictException("error.filing.noPapersRequested");
        }
        mapper.setStatus(filingId, FilingStatus.IN_REVIEW);
        record(filingId, "PAPERS_SUPPLIED", note);
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
        Actor actor = actor();
        Filing filing = load(filingId);
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
            Date due = requestPapers(filing, missingPapers, papersWorkingDays);
            audit.record(actor, AuditActions.FILING_DECIDED, "filing", filing.filingNo(), decision.name());
            return due;
        }
        mapper.setDecision(filingId, decision, reason == null ? null : reason.strip(), now(), actor.username(),
                decision == Decision.APPROVE ? FilingStatus.APPROVED : FilingStatus.REJECTED);
        record(filingId, decision == Decision.APPROVE ? "APPROVED" : "REJECTED", reason);
        audit.record(actor, AuditActions.FILING_DECIDED, "filing", filing.filingNo(), decision.name());
        return null;
    }

    /** Tells the applicant the outcome of their filing. */
    @Transactional
    public void notifyDecision(long filingId) {
        Filing filing = load(filingId);
        String outcome = MessageArgs.label(filing.status());
        notifications.notify(filing.applicantUsername(), "notice.filing.decided", FilingRecords.link(filing),
                filing.filingNo(), matters.get(filing.matterCode()).name(), outcome,
                filing.decisionReason() == null ? "" : filing.decisionReason());
        record(filingId, "APPLICANT_NOTIFIED", outcome);
    }

    @Transactional
    public void flagOverdue(long filingId) {
        Filing filing = load(filingId);
        record(filingId, "REVIEW_OVERDUE", filing.dueOn());
    }

    @Transactional
    public void closeForMissingPapers(long filingId) {
        Filing filing = load(filingId);
        if (filing.status() == FilingStatus.CLOSED) {
            return;
        }
        mapper.setStatus(filingId, FilingStatus.CLOSED);
        record(filingId, "CLOSED_PAPERS_MISSING", filing.papersDueOn());
    }

    /** Starts the verification of the pledge a filing was approved on. */
    @Transactional
    public void startVerification(long filingId) {
        Filing filing = load(filingId);
        if (!Boolean.TRUE.equals(filing.inLieuGranted())
                || runtime.createProcessInstanceQuery().processDefinitionKey(VERIFICATION_PROCESS)
                        .processInstanceBusinessKey(filing.filingNo()).count() > 0) {
            return;
        }
        List<CreditCheckRecord> checks = creditChecks.evidenceOf(filingId);
        String grade = checks.isEmpty() || checks.get(checks.size() - 1).grade() == null ? ""
                : checks.get(checks.size() - 1).grade();
        runtime.startProcessInstanceByKey(VERIFICATION_PROCESS, filing.filingNo(), Map.of("filingId", filingId,
                "filingNo", filing.filingNo(),
                "pledgeCode", filing.pledgeCode(), "grade", grade));
        record(filingId, "VERIFICATION_STARTED", filing.pledgeCode());
    }

    private void record(long filingId, String type, Object... args) {
        records.note(filingId, type, args);
    }

    private Filing load(long filingId) {
        return records.find(filingId);
    }

    private Actor actor() {
        return guard.current();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private Date endOf(LocalDate day) {
        return WorkingDayCalendar.closeOfBusiness(day, clock.getZone());
    }

    /** Grade, dishonesty list, red list, open breaches, false pledges: the arguments of a check's timeline entry. */
    private static Object[] summary(CreditCheckRecord record) {
        return new Object[] {grade(record), yesNo(record.dishonestyListed()), yesNo(record.redListed()),
            record.openBreaches(), record.falsePledges()};
    }

    private static String grade(CreditCheckRecord record) {
        return record.grade() == null || record.grade().isEmpty() ? MessageArgs.key("creditcheck.ungraded")
                : record.grade();
    }

    private static String yesNo(boolean value) {
        return MessageArgs.key(value ? "common.yes" : "common.no");
    }

    private static String compact(CreditCheckRecord record) {
        return "grade=" + record.grade() + " dishonesty=" + record.dishonestyListed() + " red="
                + record.redListed() + " breaches=" + record.openBreaches() + " falsePledges=" + record.falsePledges();
    }

    /** The message key of a reason code from the routing table; codes a process admin adds show as they are. */
    static String reasonKey(String reasonCode) {
        return "filing.routing.reason." + (reasonCode == null || reasonCode.isBlank() ? "DEFAULT" : reasonCode);
    }
}
