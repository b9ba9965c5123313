package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint penalty pipeline (发起—响应—反馈): a listing is pushed to every department whose catalogue measures
 * apply to its list type and tier; each department responds with the measures applied (or why not) and later
 * reports feedback; late departments are escalated; the case closes when every department has reported. A lifting
 * goes the same way to the departments that were asked to apply the measures. This class holds the pipeline's own
 * steps, run by the system and the process's delegates (a model naming {@code penaltyService} reaches only
 * {@link PenaltyModelSteps}); departments act only on
 * their own part, through {@link DepartmentResponses}; credit officers follow the cases of their division through
 * {@link PenaltyCaseQueries}.
 */
@Service("penaltyService")
public class PenaltyService {

    public static final String PROCESS = "JointPenalty";
    public static final String TASK_RESPOND = "Task_RespondToCase";
    public static final String TASK_FEEDBACK = "Task_ReportFeedback";
    static final String INCOMING_LINK = "incoming-cases";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final PenaltyMapper mapper;
    private final ListingService listings;
    private final DepartmentService departments;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final PenaltyPapers papers;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int responseWorkingDays;
    private final int feedbackWorkingDays;

    PenaltyService(PenaltyMapper mapper, ListingService listings, DepartmentService departments,
            AccountService accounts, NotificationService notifications, PenaltyPapers papers,
            WorkingDayCalendar calendar, RuntimeService runtime, AuditService audit, AccessGuard guard, Clock clock,
            @Value("${credit.penalty.response-working-days:7}") int responseWorkingDays,
            @Value("${credit.penalty.feedback-working-days:20}") int feedbackWorkingDays) {
        this.mapper = mapper;
        this.listings = listings;
        this.departments = departments;
        this.accounts = accounts;
        this.notifications = notifications;
        this.papers = papers;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.responseWorkingDays = responseWorkingDays;
        this.feedbackWorkingDays = feedbackWorkingDays;
    }

    /**
     * Opens the case of a listing (or of its lifting) and pushes it to the departments; the case's process then
     * sends each its notice ({@link #sendNotice}). A second call for the same listing and action returns the first
     * case (a retried job). Returns null when no department has anything to do: no catalogue measure applies, or
     * nothing was applied that could be lifted.
     */
    @Transactional
    public PenaltyCase initiate(long listEntryId, PenaltyAction action, String initiatedBy) {
        PenaltyCase existing = mapper.findCaseByEntry(listEntryId, action);
        if (existing != null) {
            return existing;
        }
        ListEntry entry = listings.get(listEntryId);
        Map<Long, String> parts = action == PenaltyAction.INITIATE ? partsFromCatalogue(entry) : partsToLift(entry);
        if (parts.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PenaltyCase draft = new PenaltyCase(0, "~" + UUID.randomUUID().toString().substring(0, 20), action,
                listEntryId, entry.subjectId(), entry.departmentId(), entry.divisionCode(), initiatedBy, now,
                calendar.addWorkingDays(today, responseWorkingDays),
                calendar.addWorkingDays(today, feedbackWorkingDays),
                PenaltyCase.CaseStatus.OPEN, null, null);
        GeneratedId id = new GeneratedId();
        mapper.insertCase(draft, id);
        String caseNo = "LC" + today.format(DAY) + String.format("%08d", id.value());
        mapper.setCaseNo(id.value(), caseNo);
        parts.forEach((departmentId, codes) -> mapper.insertResponse(new PenaltyResponse(0, id.value(), departmentId,
                codes, PenaltyResponse.ResponseStatus.PENDING, null, null, null, null, null, null, null, null, null)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", id.value());
        variables.put("caseNo", caseNo);
        variables.put("action", action.name());
        variables.put("responseDue", WorkingDayCalendar.closeOfBusiness(draft.responseDueOn(), clock.getZone()));
        variables.put("feedbackDue", WorkingDayCalendar.closeOfBusiness(draft.feedbackDueOn(), clock.getZone()));
        String instance = runtime.startProcessInstanceByKey(PROCESS, caseNo, variables).getId();
        mapper.setProcessInstance(id.value(), instance);
        audit.record(guard.current(), AuditActions.PENALTY_INITIATED, "penaltyCase", caseNo,
                action + " " + parts.size() + " departments, listing " + listEntryId);
        return mapper.findCase(id.value());
    }

    /**
     * Issues the case's notice (联合惩戒案件通知书) to one department it was pushed to, in the initiating department's
     * name: a step of the case's process for each department, in a transaction of its own, so the initiating
     * department's numbering is held only while this one notice is sealed (never across every department's, which
     * would keep its other papers of the series waiting). Issuing it again returns the notice already issued.
     */
    @Transactional
    public LegalDocument sendNotice(long caseId, long departmentId) {
        PenaltyCase penaltyCase = caseOf(caseId);
        PenaltyResponse part = mapper.findResponse(caseId, departmentId);
        if (part == null) {
            throw new NotFoundException("penaltyResponse", caseId + "/" + departmentId);
        }
        LegalDocument notice = papers.notice(penaltyCase, listings.get(penaltyCase.listEntryId()), part,
                mapper.findMeasures());
        if (mapper.announce(part.id(), now()) == 1) {
            for (String liaison : liaisonsOf(departmentId)) {
                notifications.notify(liaison, "notice.penalty.newCase", INCOMING_LINK, penaltyCase.caseNo(),
                        MessageArgs.label(penaltyCase.action()), penaltyCase.responseDueOn());
            }
        }
        return notice;
    }

    /** The liaisons of a department, who act on its parts of the cases pushed to it. */
    List<String> liaisonsOf(long departmentId) {
        Department department = departments.get(departmentId);
        return accounts.colleagues(departmentId, Roles.DEPARTMENT_LIAISON, department.divisionCode()).stream()
                .map(AccountService.Colleague::username).toList();
    }

    /** The departments of a case, in the order they were asked: the collection of the process's fan-out. */
    public List<Long> departmentsOf(Object caseId) {
        return mapper.findResponses(((Number) caseId).longValue()).stream().map(PenaltyResponse::departmentId)
                .toList();
    }

    /**
     * A department missed its deadline: the part is marked, and the department's liaisons, the initiating officer
     * and the credit officers of the initiating department are told.
     */
    @Transactional
    public void escalate(long caseId, long departmentId, String stage) {
        PenaltyCase penaltyCase = caseOf(caseId);
        PenaltyResponse part = mapper.findResponse(caseId, departmentId);
        if (part == null || part.status() == PenaltyResponse.ResponseStatus.REPORTED) {
            return;
        }
        mapper.escalate(part.id(), now());
        Department late = departments.get(departmentId);
        Map<String, String> recipients = new LinkedHashMap<>();
        recipients.put(penaltyCase.initiatedBy(), link(penaltyCase));
        Department initiating = departments.get(penaltyCase.initiatingDepartmentId());
        accounts.colleagues(initiating.id(), Roles.CREDIT_OFFICER, initiating.divisionCode())
                .forEach(c -> recipients.put(c.username(), link(penaltyCase)));
        // The late department's liaisons open the case from their incoming list, not the initiators' case screen.
        liaisonsOf(departmentId).forEach(l -> recipients.putIfAbsent(l, INCOMING_LINK));
        LocalDate due = "FEEDBACK".equals(stage) ? penaltyCase.feedbackDueOn() : penaltyCase.responseDueOn();
        recipients.forEach((recipient, link) -> notifications.notify(recipient, "notice.penalty.overdue", link,
                penaltyCase.caseNo(), late.name(), MessageArgs.key("penalty.stage." + stage), due));
        audit.record(guard.current(), AuditActions.PENALTY_ESCALATED, "penaltyCase", penaltyCase.caseNo(),
                stage + " department " + departmentId);
    }

    /** Every department has reported: the case is closed and the initiating officer told. */
    @Transactional
    public void close(long caseId) {
        PenaltyCase penaltyCase = caseOf(caseId);
        if (mapper.closeCase(caseId, now()) == 0) {
            return;
        }
        notifications.notify(penaltyCase.initiatedBy(), "notice.penalty.closed", link(penaltyCase),
                penaltyCase.caseNo(), MessageArgs.label(penaltyCase.action()));
        audit.record(guard.current(), AuditActions.PENALTY_CLOSED, "penaltyCase", penaltyCase.caseNo(), null);
    }

    private Map<Long, String> partsFromCatalogue(ListEntry entry) {
        Map<Long, List<String>> byDepartment = new LinkedHashMap<>();
        for (PenaltyMeasure measure : mapper.findMeasures()) {
            if (measure.appliesTo(entry.listType(), entry.tier())) {
                departmentFor(measure.lineCode(), entry.divisionCode()).ifPresent(d -> byDepartment
                        .computeIfAbsent(d.id(), k -> new ArrayList<>()).add(measure.code()));
            }
        }
        Map<Long, String> parts = new LinkedHashMap<>();
        byDepartment.forEach((department, codes) -> parts.put(department, String.join(",", codes)));
        return parts;
    }

    private Map<Long, String> partsToLift(ListEntry entry) {
        PenaltyCase initiated = mapper.findCaseByEntry(entry.id(), PenaltyAction.INITIATE);
        Map<Long, String> parts = new LinkedHashMap<>();
        if (initiated != null) {
            mapper.findResponses(initiated.id()).forEach(r -> parts.put(r.departmentId(), r.measureCodes()));
        }
        return parts;
    }

    /** The line's department at the city of the listing, else the provincial one. */
    private java.util.Optional<Department> departmentFor(String lineCode, String divisionCode) {
        String city = divisionCode.substring(0, 4) + "00";
        return departments.findByCode(city + "-" + lineCode)
                .or(() -> departments.findByCode(cn.gov.ln.credit.division.DivisionCodes.PROVINCE + "-" + lineCode));
    }

    private PenaltyCase caseOf(long caseId) {
        PenaltyCase penaltyCase = mapper.findCase(caseId);
        if (penaltyCase == null) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        return penaltyCase;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private static String link(PenaltyCase penaltyCase) {
        return "penalty-cases/" + penaltyCase.id();
    }
}
