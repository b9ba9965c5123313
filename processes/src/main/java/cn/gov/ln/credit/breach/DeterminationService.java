package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.document.CaseDocument;
import cn.gov.ln.credit.document.CaseDocumentService;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.listing.NewListing;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Text;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.shared.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's steps of a breach's determination under due process: the officer starts it on a legally effective
 * document, the subject gives a statement and defence within the period, the officer decides on the listing. The
 * BreachDetermination process carries the notice, the defence period and what follows the listing; its system
 * steps are {@link DeterminationSteps}'. Kept apart from the intake ({@link BreachService}) because only here does
 * a breach become a listing.
 */
@Service
public class DeterminationService {

    public static final String PROCESS = "BreachDetermination";
    public static final String TASK_DECIDE = "Task_DecideListing";
    public static final String MESSAGE_STATEMENT = "StatementSubmitted";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final BreachMapper mapper;
    private final ListingService listings;
    private final CaseDocumentService documents;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    DeterminationService(BreachMapper mapper, ListingService listings, CaseDocumentService documents,
            RuntimeService runtime, TaskService engineTasks, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.documents = documents;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Starts the determination on a legally effective document with its attachment: the advance notice goes out,
     * the defence period runs. Nothing is stored unless every field and the file are right.
     */
    @Transactional
    public Breach startDetermination(long breachId, LegalDocument document, Upload attachment) {
        Actor actor = guard.require(Permissions.BREACH_DETERMINE);
        Breach breach = inScope(actor, breachId);
        if (!Breach.RAISED.equals(breach.status())) {
            throw new ConflictException("error.breach.notRaised");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (document.type() == null) {
            violations.add(FieldViolation.of("basisType", "validation.required"));
        } else if (!document.type().legallyEffective()) {
            violations.add(FieldViolation.of("basisType", "validation.breach.notLegallyEffective"));
        }
        text(violations, "basisNumber", document.number(), 128);
        text(violations, "basisIssuer", document.issuer(), 128);
        LocalDate today = LocalDate.now(clock);
        if (document.date() == null) {
            violations.add(FieldViolation.of("basisDate", "validation.required"));
        } else if (document.date().isAfter(today)) {
            violations.add(FieldViolation.of("basisDate", "validation.date.future"));
        } else if (document.tier() != null && document.tier().inForceUntil(document.date()).isBefore(today)) {
            violations.add(FieldViolation.of("basisDate", "validation.breach.periodOver",
                    document.tier().inForceUntil(document.date())));
        }
        if (document.tier() == null) {
            violations.add(FieldViolation.of("tier", "validation.required"));
        }
        violations.addAll(CaseDocumentService.check("attachment", attachment));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        CaseDocument stored = documents.store(BreachService.DOCUMENT_OWNER, breachId, "attachment", attachment);
        String caseNo = "SX" + today.format(DAY) + String.format("%08d", breachId);
        Breach determined = new Breach(breachId, breach.subjectId(), breach.source(), breach.filingId(),
                breach.pledgeCode(), breach.description(), Breach.IN_DETERMINATION, actor.departmentId(),
                breach.divisionCode(), breach.raisedAt(), breach.raisedBy(), caseNo, document.type(),
                document.number().strip(), document.issuer().strip(), document.date(), stored.id(), document.tier(),
                null, null, null, null, null, null, null, null, null, actor.username(), breach.disputed());
        if (mapper.startDetermination(determined, Breach.RAISED) == 0) {
            throw new ConflictException("error.breach.notRaised");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("breachId", breachId);
        variables.put("caseNo", caseNo);
        String instance = runtime.startProcessInstanceByKey(PROCESS, caseNo, variables).getId();
        mapper.setProcessInstance(breachId, instance);
        audit.record(actor, AuditActions.DETERMINATION_STARTED, "breach", caseNo,
                document.type() + " " + document.number().strip());
        return mapper.findById(breachId);
    }

    /** The subject's statement and defence, within the period; it ends the waiting at once. */
    @Transactional
    public Breach submitStatement(long breachId, String statement) {
        Actor actor = guard.require(Permissions.BREACH_ANSWER);
        Breach breach = mapper.findById(breachId);
        if (breach == null || actor.subjectId() == null || breach.subjectId() != actor.subjectId()) {
            throw new NotFoundException("breach", breachId);
        }
        Constraints.check(new Statement(statement));
        if (!breach.answerableOn(LocalDate.now(clock))) {
            throw new ConflictException("error.breach.notAnswerable");
        }
        if (mapper.recordStatement(breachId, statement.strip(), now()) == 0) {
            throw new ConflictException("error.breach.notAnswerable");
        }
        runtime.createMessageCorrelation(MESSAGE_STATEMENT).processInstanceBusinessKey(breach.caseNo()).correlate();
        audit.record(actor, AuditActions.STATEMENT_SUBMITTED, "breach", breach.caseNo(), null);
        return mapper.findById(breachId);
    }

    /**
     * The officer's decision after the statement or the lapsed period: the subject is listed with the tier (its
     * periods counted from the document's date) or not, with the reason either way.
     */
    @Transactional
    public Breach decide(long breachId, ListingDecision decision) {
        Actor actor = guard.require(Permissions.BREACH_DETERMINE);
        Breach breach = inScope(actor, breachId);
        if (!Breach.PENDING_DECISION.equals(breach.status())) {
            throw new ConflictException("error.breach.notAwaitingDecision");
        }
        Violations violations = Violations.of(decision);
        if (decision.list() && decision.tier() == null) {
            violations.add("tier", "validation.required");
        } else if (decision.list() && decision.tier().inForceUntil(breach.basisDate()).isBefore(LocalDate.now(clock))) {
            violations.add("tier", "validation.breach.periodOver", decision.tier().inForceUntil(breach.basisDate()));
        }
        violations.throwIfAny();
        Task task = engineTasks.createTaskQuery().processInstanceId(breach.processInstanceId())
                .taskDefinitionKey(TASK_DECIDE).singleResult();
        if (task == null) {
            throw new ConflictException("error.breach.notAwaitingDecision");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("listed", decision.list());
        ListEntry entry = null;
        if (decision.list()) {
            entry = listings.list(new NewListing(breachId, breach.subjectId(), decision.tier(),
                    BreachService.cut(breach.description()), breach.basisType(), breach.basisNumber(),
                    breach.basisIssuer(), breach.basisDate(), breach.departmentId(), breach.divisionCode()));
            variables.put("listEntryId", entry.id());
            variables.put("listingEnds", WorkingDayCalendar.closeOfBusiness(
                    entry.expiresOn(), clock.getZone()));
        }
        mapper.decide(breachId, decision.list() ? Breach.LISTED : Breach.NOT_LISTED, decision.reason().strip(), now(),
                actor.username(), entry == null ? null : entry.id());
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId(), variables);
        audit.record(actor, AuditActions.LISTING_DECIDED, "breach", breach.caseNo(),
                decision.list() ? "LISTED " + decision.tier() : "NOT_LISTED");
        return mapper.findById(breachId);
    }

    private Breach inScope(Actor actor, long breachId) {
        Breach breach = mapper.findById(breachId);
        if (breach == null) {
            throw new NotFoundException("breach", breachId);
        }
        guard.requireInScope(actor, breach.divisionCode(), "breach", breachId);
        return breach;
    }

    /** A document's number or issuer: required, on one line, clean. */
    private static void text(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(FieldViolation.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            violations.add(FieldViolation.of(field, "validation.tooLong", max));
        } else {
            Text.nameProblem(value).ifPresent(key -> violations.add(FieldViolation.of(field, key)));
        }
    }

    /** The subject's statement and defence. */
    private record Statement(@NotBlank @Size(max = 2000) @CleanText String statement) {
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
