package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.legaldocument.DocumentLinks;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the PermitFiling process runs itself: its service tasks call these as the system. Each step is one
 * transaction with the process step that calls it, and each is safe to repeat when a job is retried. What people do
 * through the process's user tasks (review, papers supplied, decision) is {@link ReviewSteps}'. An approval on a
 * pledge starts PledgeVerification by its key ({@link #VERIFICATION_PROCESS}); that process's steps are in the
 * {@code verification} package, which depends on this one and not the reverse.
 */
@Service
public class FilingSteps {

    public static final String VERIFICATION_PROCESS = "PledgeVerification";

    private final FilingMapper mapper;
    private final FilingRecords records;
    private final SubjectService subjects;
    private final CreditCheckService creditChecks;
    private final MatterService matters;
    private final PledgeQueries pledges;
    private final PledgeFulfilment fulfilment;
    private final InLieuEligibility eligibility;
    private final FilingPapers papers;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int toleranceWorkingDays;

    FilingSteps(FilingMapper mapper, FilingRecords records, SubjectService subjects, CreditCheckService creditChecks,
            MatterService matters, PledgeQueries pledges, PledgeFulfilment fulfilment, InLieuEligibility eligibility,
            FilingPapers papers, NotificationService notifications, WorkingDayCalendar calendar,
            RuntimeService runtime, AuditService audit,
            AccessGuard guard, Clock clock,
            @Value("${credit.filing.tolerance-working-days:10}") int toleranceWorkingDays) {
        this.mapper = mapper;
        this.records = records;
        this.subjects = subjects;
        this.creditChecks = creditChecks;
        this.matters = matters;
        this.pledges = pledges;
        this.fulfilment = fulfilment;
        this.eligibility = eligibility;
        this.papers = papers;
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
        CreditCheckService.CheckResult result = creditChecks.check(subjectOf(filing), purpose, filingId);
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
            LocalDate fast = StatutoryDeadline.of(received, matter.statutoryDays(), route, calendar).dueOn();
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
            fulfilment.relyOn(filing.pledgeCode(), filing.filingNo());
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

    /** Tells the applicant the outcome of their filing. */
    @Transactional
    public void notifyDecision(long filingId) {
        Filing filing = load(filingId);
        String outcome = MessageArgs.label(filing.status());
        Optional<LegalDocument> paper = papers.outcome(filing);
        notifications.notify(filing.applicantUsername(), "notice.filing.permitDecision",
                paper.map(DocumentLinks::of).orElse(FilingRecords.link(filing)), filing.filingNo(),
                matters.get(filing.matterCode()).name(), outcome,
                filing.decisionReason() == null ? "" : filing.decisionReason(),
                paper.map(LegalDocument::number).orElse(""));
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
        CreditCheckRecord latest = checks.isEmpty() ? null : checks.get(checks.size() - 1);
        String grade = latest == null || latest.grade() == null ? "" : latest.grade();
        boolean redListed = latest != null && latest.redListed();
        runtime.startProcessInstanceByKey(VERIFICATION_PROCESS, filing.filingNo(), Map.of("filingId", filingId,
                "filingNo", filing.filingNo(),
                "pledgeCode", filing.pledgeCode(), "grade", grade, "redListed", redListed));
        record(filingId, "VERIFICATION_STARTED", filing.pledgeCode());
    }

    private void record(long filingId, String type, Object... args) {
        records.note(filingId, type, args);
    }

    private Filing load(long filingId) {
        return records.find(filingId);
    }

    /** The subject the filing's credit checks ask about. */
    private CreditSubject subjectOf(Filing filing) {
        return subjects.lookup(filing.subjectId()).orElseThrow(() -> new NotFoundException("subject",
                filing.subjectId()));
    }

    private Actor actor() {
        return guard.current();
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
