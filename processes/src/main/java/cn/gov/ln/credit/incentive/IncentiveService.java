package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.listing.RedEntryEnded;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Permissions;
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
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint incentive pipeline (守信联合激励：发起—响应—反馈): a red list entry is pushed to every department whose line
 * applies a catalogue measure; each responds (applied, or why not) and later reports feedback; late departments are
 * escalated; the case closes when every department has reported, or is withdrawn when the red entry ends. This
 * class holds the pipeline's own steps (the model reaches only {@link IncentiveModelSteps}); departments act on their
 * own part through {@link IncentiveResponses}; the credit office follows cases through {@link IncentiveQueries}.
 */
@Service("incentiveService")
public class IncentiveService {

    public static final String PROCESS = "JointIncentive";
    public static final String TASK_RESPOND = "Task_RespondToIncentive";
    public static final String TASK_FEEDBACK = "Task_ReportIncentiveFeedback";
    public static final String MESSAGE_WITHDRAWN = "Message_IncentiveWithdrawn";
    static final String INCOMING_LINK = "incentive-parts";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final IncentiveMapper mapper;
    private final ListingService listings;
    private final DepartmentService departments;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final int responseWorkingDays;
    private final int feedbackWorkingDays;

    IncentiveService(IncentiveMapper mapper, ListingService listings, DepartmentService departments,
            AccountService accounts, NotificationService notifications, WorkingDayCalendar calendar,
            RuntimeService runtime, AuditService audit, AccessGuard guard, Clock clock,
            @Value("${credit.incentive.response-working-days:7}") int responseWorkingDays,
            @Value("${credit.incentive.feedback-working-days:20}") int feedbackWorkingDays) {
        this.mapper = mapper;
        this.listings = listings;
        this.departments = departments;
        this.accounts = accounts;
        this.notifications = notifications;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.responseWorkingDays = responseWorkingDays;
        this.feedbackWorkingDays = feedbackWorkingDays;
    }

    /** The measure catalogue, for officers and departments. */
    @Transactional(readOnly = true)
    public List<IncentiveMeasure> measures() {
        guard.require(Permissions.MEASURE_READ);
        return mapper.findMeasures();
    }

    /**
     * Opens the case of a red entry and pushes it to the departments; the process then tells each one
     * ({@link #announce}). A second call for the same entry returns the first case; null when no active measure's
     * line has a department.
     */
    @Transactional
    public IncentiveCase initiate(long listEntryId, String initiatedBy) {
        IncentiveCase existing = mapper.findCaseByEntry(listEntryId);
        if (existing != null) {
            return existing;
        }
        ListEntry entry = listings.get(listEntryId);
        if (entry.listType() != ListType.RED) {
            throw new NotFoundException("redListEntry", listEntryId);
        }
        Map<Long, String> parts = partsFromCatalogue(entry.divisionCode());
        if (parts.isEmpty()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        IncentiveCase draft = new IncentiveCase(0, "~" + UUID.randomUUID().toString().substring(0, 20), listEntryId,
                entry.subjectId(), entry.departmentId(), entry.divisionCode(), initiatedBy, now(),
                calendar.addWorkingDays(today, responseWorkingDays),
                calendar.addWorkingDays(today, feedbackWorkingDays), IncentiveStatus.OPEN, null, null);
        GeneratedId id = new GeneratedId();
        mapper.insertCase(draft, id);
        String caseNo = "JL" + today.format(DAY) + String.format("%08d", id.value());
        mapper.setCaseNo(id.value(), caseNo);
        parts.forEach((departmentId, codes) -> mapper.insertPart(new IncentivePart(0, id.value(), departmentId, codes,
                IncentivePartStatus.PENDING, null, null, null, null, null, null, null, null, null, null)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", id.value());
        variables.put("caseNo", caseNo);
        variables.put("responseDue", WorkingDayCalendar.closeOfBusiness(draft.responseDueOn(), clock.getZone()));
        variables.put("feedbackDue", WorkingDayCalendar.closeOfBusiness(draft.feedbackDueOn(), clock.getZone()));
        String instance = runtime.startProcessInstanceByKey(PROCESS, caseNo, variables).getId();
        mapper.setProcessInstance(id.value(), instance);
        audit.record(guard.current(), AuditActions.INCENTIVE_INITIATED, "incentiveCase", caseNo,
                parts.size() + " departments, red entry " + listEntryId);
        return mapper.findCase(id.value());
    }

    /** The departments of a case, in the order they were asked: the collection of the process's fan-out. */
    public List<Long> departmentsOf(Object caseId) {
        return mapper.findParts(((Number) caseId).longValue()).stream().map(IncentivePart::departmentId).toList();
    }

    /** Tells the department's liaisons of their part, once (a retried job tells nobody twice). */
    @Transactional
    public void announce(long caseId, long departmentId) {
        IncentiveCase incentiveCase = caseOf(caseId);
        IncentivePart part = partOf(caseId, departmentId);
        if (mapper.announce(part.id(), now()) == 1) {
            for (String liaison : liaisonsOf(departmentId)) {
                notifications.notify(liaison, "notice.incentive.newCase", INCOMING_LINK, incentiveCase.caseNo(),
                        incentiveCase.responseDueOn());
            }
        }
    }

    /**
     * A department missed its deadline: the part is marked, and its liaisons, the initiating officer and the credit
     * officers of the initiating department are told.
     */
    @Transactional
    public void escalate(long caseId, long departmentId, String stage) {
        IncentiveCase incentiveCase = caseOf(caseId);
        IncentivePart part = partOf(caseId, departmentId);
        if (incentiveCase.status() != IncentiveStatus.OPEN || part.status() == IncentivePartStatus.REPORTED
                || part.status() == IncentivePartStatus.WITHDRAWN) {
            return;
        }
        mapper.escalate(part.id(), now());
        Department late = departments.get(departmentId);
        Map<String, String> recipients = new LinkedHashMap<>();
        recipients.put(incentiveCase.initiatedBy(), link(incentiveCase));
        Department initiating = departments.get(incentiveCase.initiatingDepartmentId());
        accounts.colleagues(initiating.id(), Roles.CREDIT_OFFICER, initiating.divisionCode())
                .forEach(c -> recipients.put(c.username(), link(incentiveCase)));
        liaisonsOf(departmentId).forEach(l -> recipients.putIfAbsent(l, INCOMING_LINK));
        LocalDate due = "FEEDBACK".equals(stage) ? incentiveCase.feedbackDueOn() : incentiveCase.responseDueOn();
        recipients.forEach((recipient, link) -> notifications.notify(recipient, "notice.incentive.overdue", link,
                incentiveCase.caseNo(), late.name(), MessageArgs.key("incentive.stage." + stage), due));
        audit.record(guard.current(), AuditActions.INCENTIVE_ESCALATED, "incentiveCase", incentiveCase.caseNo(),
                stage + " department " + departmentId);
    }

    /** Every department has reported: the case is closed and the initiating officer told. */
    @Transactional
    public void close(long caseId) {
        IncentiveCase incentiveCase = caseOf(caseId);
        if (mapper.closeCase(caseId, now()) == 0) {
            return;
        }
        notifications.notify(incentiveCase.initiatedBy(), "notice.incentive.closed", link(incentiveCase),
                incentiveCase.caseNo());
        audit.record(guard.current(), AuditActions.INCENTIVE_CLOSED, "incentiveCase", incentiveCase.caseNo(), null);
    }

    /**
     * The red entry ended. An open case is withdrawn in the same transaction: every department is told to stop
     * applying the measures and the case's process ends. A case that had closed (every department reported) stays
     * closed, but the departments whose part was applied are told to stop, as a lifting reaches the departments of
     * a penalty case.
     */
    @EventListener
    @Transactional
    public void onRedEntryEnded(RedEntryEnded ended) {
        IncentiveCase incentiveCase = mapper.findCaseByEntry(ended.entryId());
        if (incentiveCase == null) {
            return;
        }
        if (mapper.withdrawCase(incentiveCase.id(), now()) == 0) {
            if (incentiveCase.status() == IncentiveStatus.CLOSED) {
                stopApplied(incentiveCase, ended);
            }
            return;
        }
        for (IncentivePart part : mapper.findParts(incentiveCase.id())) {
            for (String liaison : liaisonsOf(part.departmentId())) {
                notifications.notify(liaison, "notice.incentive.withdrawn", INCOMING_LINK, incentiveCase.caseNo(),
                        MessageArgs.label(ended.reason()));
            }
        }
        mapper.withdrawParts(incentiveCase.id());
        notifications.notify(incentiveCase.initiatedBy(), "notice.incentive.withdrawn", link(incentiveCase),
                incentiveCase.caseNo(), MessageArgs.label(ended.reason()));
        if (incentiveCase.processInstanceId() != null) {
            runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceId(incentiveCase.processInstanceId())
                    .correlateAll();
        }
        audit.record(guard.current(), AuditActions.INCENTIVE_WITHDRAWN, "incentiveCase", incentiveCase.caseNo(),
                ended.reason().name());
    }

    /** Tells the liaisons of each department that applied its part of a closed case to stop applying it. */
    private void stopApplied(IncentiveCase incentiveCase, RedEntryEnded ended) {
        List<Long> applied = mapper.findParts(incentiveCase.id()).stream()
                .filter(p -> Boolean.TRUE.equals(p.applied())).map(IncentivePart::departmentId).toList();
        for (long departmentId : applied) {
            for (String liaison : liaisonsOf(departmentId)) {
                notifications.notify(liaison, "notice.incentive.stopped", INCOMING_LINK, incentiveCase.caseNo(),
                        MessageArgs.label(ended.reason()));
            }
        }
        notifications.notify(incentiveCase.initiatedBy(), "notice.incentive.stopped", link(incentiveCase),
                incentiveCase.caseNo(), MessageArgs.label(ended.reason()));
        audit.record(guard.current(), AuditActions.INCENTIVE_STOPPED, "incentiveCase", incentiveCase.caseNo(),
                ended.reason() + " departments " + applied);
    }

    /** The liaisons of a department, who act on its parts of the cases pushed to it. */
    List<String> liaisonsOf(long departmentId) {
        Department department = departments.get(departmentId);
        return accounts.colleagues(departmentId, Roles.DEPARTMENT_LIAISON, department.divisionCode()).stream()
                .map(AccountService.Colleague::username).toList();
    }

    private Map<Long, String> partsFromCatalogue(String divisionCode) {
        Map<Long, List<String>> byDepartment = new LinkedHashMap<>();
        for (IncentiveMeasure measure : mapper.findMeasures()) {
            if (measure.active()) {
                departmentFor(measure.lineCode(), divisionCode).ifPresent(d -> byDepartment
                        .computeIfAbsent(d.id(), k -> new ArrayList<>()).add(measure.code()));
            }
        }
        Map<Long, String> parts = new LinkedHashMap<>();
        byDepartment.forEach((department, codes) -> parts.put(department, String.join(",", codes)));
        return parts;
    }

    /** The line's department at the city of the entry, else the provincial one. */
    private Optional<Department> departmentFor(String lineCode, String divisionCode) {
        String city = divisionCode.substring(0, 4) + "00";
        return departments.findByCode(city + "-" + lineCode)
                .or(() -> departments.findByCode(DivisionCodes.PROVINCE + "-" + lineCode));
    }

    IncentiveCase caseOf(long caseId) {
        IncentiveCase incentiveCase = mapper.findCase(caseId);
        if (incentiveCase == null) {
            throw new NotFoundException("incentiveCase", caseId);
        }
        return incentiveCase;
    }

    private IncentivePart partOf(long caseId, long departmentId) {
        IncentivePart part = mapper.findPart(caseId, departmentId);
        if (part == null) {
            throw new NotFoundException("incentiveResponse", caseId + "/" + departmentId);
        }
        return part;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    static String link(IncentiveCase incentiveCase) {
        return "incentive-cases/" + incentiveCase.id();
    }
}
