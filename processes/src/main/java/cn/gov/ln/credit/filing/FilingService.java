package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.division.DivisionLevel;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.IdempotencyConflict;
import cn.gov.ln.credit.shared.MessageArgs;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Stored;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Permit filings' intake: an applicant on the portal, an officer at the window or a department system files an
 * application; the filing and its PermitFiling process start in one transaction, and a retry under the same external
 * reference gets the filing made the first time. What is shown of filings, and to whom, is {@link FilingQueries}';
 * their papers are {@link FilingDocuments}'.
 */
@Service
public class FilingService {

    public static final String PROCESS = "PermitFiling";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final FilingMapper mapper;
    private final FilingQueries queries;
    private final FilingDocuments documents;
    private final MatterService matters;
    private final SubjectService subjects;
    private final DepartmentService departments;
    private final PledgeQueries pledges;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    FilingService(FilingMapper mapper, FilingQueries queries, FilingDocuments documents, MatterService matters,
            SubjectService subjects, DepartmentService departments, PledgeQueries pledges, WorkingDayCalendar calendar,
            RuntimeService runtime, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.queries = queries;
        this.documents = documents;
        this.matters = matters;
        this.subjects = subjects;
        this.departments = departments;
        this.pledges = pledges;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Files an application and starts its process; both commit together. The credit check runs next, in the
     * process, with retries; nothing is decided before it answers.
     */
    @Transactional
    public Filing file(NewFiling request) {
        return file(request, List.of());
    }

    /**
     * Files an application with the papers attached to it, all in one transaction: a problem with any file (or a
     * required material missing on the portal, see {@link FilingDocuments#checkAttachments}) refuses the whole
     * application with the problems named per {@code materials[<material>]}, and nothing is stored.
     */
    @Transactional
    public Filing file(NewFiling request, List<NewAttachment> attachments) {
        return fileAndKeep(request, attachments == null ? List.of() : attachments).filing();
    }

    /** Files as {@link #file} does and answers with the filing's summary, what the API returns, in one transaction. */
    @Transactional
    public FilingSummary fileWithSummary(NewFiling request) {
        return fileOnce(request).value();
    }

    /** As {@link #fileWithSummary}, saying whether the filing was made now or by an earlier call with its reference. */
    @Transactional
    public Stored<FilingSummary> fileOnce(NewFiling request) {
        Filed filed = fileAndKeep(request, List.of());
        if (filed.subject() == null) {
            return Stored.replayed(queries.summaryOf(filed.filing()));
        }
        // a new filing: its matter and subject are at hand, and no check has run yet
        return Stored.created(new FilingSummary(filed.filing(), filed.matter(), subjects.view(filed.subject()),
                List.of()));
    }

    /** A filing as {@link #fileAndKeep} left it; matter and subject are null when an earlier filing was returned. */
    private record Filed(Filing filing, PermitMatter matter, CreditSubject subject) {
    }

    private Filed fileAndKeep(NewFiling request, List<NewAttachment> attachments) {
        Actor actor = guard.require(Permissions.FILING_FILE);
        String externalKey = ExternalReference.key(actor.departmentId(), request.externalReference());
        if (externalKey != null) {
            Filing earlier = mapper.findByExternalKey(externalKey);
            if (earlier != null) {
                List<String> differing = differences(actor, request, earlier);
                if (!differing.isEmpty()) {
                    throw new IdempotencyConflict(differing);
                }
                return new Filed(earlier, null, null);
            }
        }
        Violations violations = Violations.of(request);
        Optional<PermitMatter> matter = violations.clear("matterCode") ? matters.find(request.matterCode())
                : Optional.empty();
        if (matter.isEmpty()) {
            violations.add("matterCode", "validation.notFound");
        }
        CreditSubject subject = subjects.subjectOf(actor, "subjectIdentifier", request.subjectIdentifier(),
                violations);
        Department department = matter.isEmpty() ? null : department(actor, matter.get(), subject, violations);
        if (request.inLieuRequested()) {
            checkPledge(request, subject, department, violations);
        }
        if (matter.isPresent()) {
            documents.checkAttachments(matter.get(), request.inLieuRequested(), channel(actor), attachments,
                    violations);
        }
        violations.throwIfAny();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.now(clock);
        LocalDate dueOn = StatutoryDeadline.of(today, matter.get().statutoryDays(), null, calendar).dueOn();
        Filing filing = new Filing(0, "N" + HexFormat.of().formatHex(random()), matter.get().code(), subject.id(),
                actor.kind() == ActorKind.APPLICANT ? actor.username() : null, channel(actor), department.id(),
                department.divisionCode(), ExternalReference.stripped(request.externalReference()), externalKey,
                request.inLieuRequested(), null, null, request.inLieuRequested() ? request.pledgeCode() : null, null,
                FilingStatus.RECEIVED, now, dueOn, null, null,
                null, null, null, null, actor.username());
        GeneratedId id = new GeneratedId();
        mapper.insert(filing, id);
        String filingNo = "BJ" + today.format(DAY) + String.format("%08d", id.value());
        FilingRecords.event(mapper, id.value(), "FILED", actor.username(), now, MessageArgs.label(channel(actor)),
                matter.get().name());
        documents.storeAttachments(id.value(), attachments, actor.username(), now);
        Map<String, Object> variables = new HashMap<>();
        variables.put("filingId", id.value());
        variables.put("filingNo", filingNo);
        variables.put("subjectIdentifier", subject.identifier());
        variables.put("matterCode", matter.get().code());
        variables.put("departmentId", department.id());
        variables.put("inLieuRequested", request.inLieuRequested());
        variables.put("inLieuGranted", false);
        variables.put("applicantUsername", filing.applicantUsername());
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, filingNo, variables);
        mapper.setNumberAndProcess(id.value(), filingNo, instance.getId());
        audit.record(actor, AuditActions.FILING_RECEIVED, "filing", filingNo, matter.get().code());
        return new Filed(filing.numbered(id.value(), filingNo, instance.getId()), matter.get(), subject);
    }

    /** What a retry under the same reference asks that the stored filing does not hold. */
    private List<String> differences(Actor actor, NewFiling request, Filing earlier) {
        List<String> fields = new ArrayList<>();
        if (request.matterCode() == null || !request.matterCode().strip().equals(earlier.matterCode())) {
            fields.add("matterCode");
        }
        if (actor.kind() != ActorKind.APPLICANT && subjects.lookupByIdentifier(request.subjectIdentifier())
                .map(CreditSubject::id).filter(id -> id == earlier.subjectId()).isEmpty()) {
            fields.add("subjectIdentifier");
        }
        if (request.inLieuRequested() != earlier.inLieuRequested()) {
            fields.add("inLieuRequested");
        }
        if (request.pledgeCode() != null && !request.pledgeCode().isBlank()
                && !request.pledgeCode().strip().equals(earlier.pledgeCode())) {
            fields.add("pledgeCode");
        }
        return fields;
    }

    /**
     * The department that handles the signed-in applicant's filing for a matter: the bureau of the matter's line
     * in the applicant's city, else the provincial one. A pledge in lieu of certificates is made to it.
     */
    @Transactional(readOnly = true)
    public Department handlingDepartment(String matterCode) {
        Actor actor = guard.current();
        PermitMatter matter = matters.get(matterCode);
        CreditSubject subject = actor.subjectId() == null ? null : subjects.lookup(actor.subjectId()).orElse(null);
        return applicantsDepartment(actor, matter, subject);
    }

    private Department applicantsDepartment(Actor actor, PermitMatter matter, CreditSubject subject) {
        String division = subject == null ? actor.divisionCode() : subject.divisionCode();
        String city = DivisionCodes.levelOf(division) == DivisionLevel.COUNTY ? DivisionCodes.parentOf(division)
                : division;
        return departments.findByCode(city + "-" + matter.lineCode())
                .or(() -> departments.findByCode(DivisionCodes.PROVINCE + "-" + matter.lineCode()))
                .orElseThrow(() -> new NotFoundException("department", matter.lineCode()));
    }

    /** The handling department: the applicant's city bureau of the matter's line, or the caller's own. */
    private Department department(Actor actor, PermitMatter matter, CreditSubject subject,
            Violations violations) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return applicantsDepartment(actor, matter, subject);
        }
        Department own = departments.find(actor.departmentId()).orElse(null);
        if (own == null || !own.lineCode().equals(matter.lineCode())) {
            violations.add(FieldViolation.of("matterCode", "validation.filing.matterNotHandled"));
            return null;
        }
        return own;
    }

    private void checkPledge(NewFiling request, CreditSubject subject, Department department,
            Violations violations) {
        if (request.pledgeCode() == null || request.pledgeCode().isBlank()) {
            violations.add("pledgeCode", "validation.required");
            return;
        }
        if (!violations.clear("pledgeCode")) {
            return;
        }
        PledgeView pledge;
        try {
            pledge = pledges.get(request.pledgeCode());
        } catch (NotFoundException e) {
            violations.add(FieldViolation.of("pledgeCode", "validation.notFound"));
            return;
        }
        if (subject != null && pledge.pledge().subjectId() != subject.id()) {
            violations.add(FieldViolation.of("pledgeCode", "validation.filing.pledgeOfAnother"));
        } else if (pledge.pledge().status() != PledgeStatus.SIGNED) {
            violations.add(FieldViolation.of("pledgeCode", "validation.filing.pledgeNotInForce"));
        } else if (!Objects.equals(request.matterCode(), pledge.pledge().matterCode())) {
            violations.add(FieldViolation.of("pledgeCode", "validation.filing.pledgeForAnotherMatter"));
        } else if (department != null
                && !Long.valueOf(department.id()).equals(pledge.pledge().acceptingDepartmentId())) {
            violations.add(FieldViolation.of("pledgeCode", "validation.filing.pledgeToAnotherUnit"));
        }
    }

    private static FilingChannel channel(Actor actor) {
        return switch (actor.kind()) {
            case APPLICANT -> FilingChannel.PORTAL;
            case API_CLIENT -> FilingChannel.API;
            default -> FilingChannel.WINDOW;
        };
    }

    private static byte[] random() {
        byte[] bytes = new byte[11];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
