package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.IdempotencyConflict;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Stored;
import cn.gov.ln.credit.shared.ValidationException;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议处理): a subject disputes a list entry or a breach about them; the record is marked disputed at
 * once; a credit officer of the record's division verifies it with the source and corrects, revokes or upholds it,
 * with the reply due in working days. The Objection process carries the deadline and applies the outcome. This
 * class raises objections, for the applicant and for department systems (whose retries it recognises); the
 * officer's decision is in {@link ObjectionHandling}, what each may read in {@link ObjectionQueries}.
 */
@Service
public class ObjectionService {

    public static final String PROCESS = "Objection";
    public static final String TASK_VERIFY = "Task_VerifyObjection";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final ObjectionMapper mapper;
    private final ListingService listings;
    private final BreachService breaches;
    private final BreachQueries breachQueries;
    private final SubjectService subjects;
    private final WorkingDayCalendar calendar;
    private final RuntimeService runtime;
    private final AuditService audit;
    private final NotificationService notifications;
    private final AccountService accounts;
    private final AccessGuard guard;
    private final Clock clock;
    private final int replyWorkingDays;

    ObjectionService(ObjectionMapper mapper, ListingService listings, BreachService breaches,
            BreachQueries breachQueries, SubjectService subjects, WorkingDayCalendar calendar, RuntimeService runtime,
            AuditService audit, NotificationService notifications, AccountService accounts, AccessGuard guard,
            Clock clock, @Value("${credit.objection.reply-working-days:5}") int replyWorkingDays) {
        this.mapper = mapper;
        this.listings = listings;
        this.breaches = breaches;
        this.breachQueries = breachQueries;
        this.subjects = subjects;
        this.calendar = calendar;
        this.runtime = runtime;
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
        this.replyWorkingDays = replyWorkingDays;
    }

    /**
     * Raises an objection: the applicant about their own record, a department's system for the subject it names.
     * A department system's retry with the same reference returns the first objection.
     */
    @Transactional
    public Objection raise(NewObjection request) {
        return raiseOnce(request).value();
    }

    /** As {@link #raise}, saying whether the objection was raised now or by an earlier call with its reference. */
    @Transactional
    public Stored<Objection> raiseOnce(NewObjection request) {
        Actor actor = guard.require(Permissions.OBJECTION_FILE);
        String externalKey = actor.kind() == ActorKind.APPLICANT ? null
                : ExternalReference.key(actor.departmentId(), request.externalReference());
        if (externalKey != null) {
            Objection earlier = mapper.findByExternalKey(externalKey);
            if (earlier != null) {
                return Stored.replayed(same(actor, request, earlier));
            }
        }
        Violations violations = Violations.of(request);
        Long subjectId = subjectOf(actor, request, violations);
        violations.throwIfAny();
        Source source = source(request.recordType(), request.recordId(), subjectId);
        if (mapper.countPending(request.recordType(), request.recordId()) > 0) {
            throw new ConflictException("error.objection.alreadyPending");
        }
        LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), replyWorkingDays);
        Objection draft = new Objection(0, "~" + UUID.randomUUID().toString().substring(0, 20), subjectId,
                request.recordType(), request.recordId(), request.ground(), request.description().strip(),
                source.departmentId(), source.divisionCode(), actor.username(), now(), due, externalKey,
                Objection.ObjectionStatus.PENDING, null, null, null, null);
        GeneratedId id = new GeneratedId();
        try {
            mapper.insert(draft, id);
        } catch (DuplicateKeyException e) {
            Objection earlier = mapper.findByExternalKey(externalKey);
            if (earlier == null) {
                throw e;
            }
            return Stored.replayed(same(actor, request, earlier));
        }
        String number = "YY" + LocalDate.now(clock).format(DAY) + String.format("%08d", id.value());
        mapper.setNumber(id.value(), number);
        markDisputed(request.recordType(), request.recordId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("objectionId", id.value());
        variables.put("replyDue", WorkingDayCalendar.closeOfBusiness(due, clock.getZone()));
        mapper.setProcessInstance(id.value(), runtime.startProcessInstanceByKey(PROCESS, number, variables).getId());
        audit.record(actor, AuditActions.OBJECTION_RAISED, "objection", number,
                request.recordType() + " " + request.recordId() + " " + request.ground());
        Set<String> recipients = new LinkedHashSet<>(accounts.accountsOfSubject(subjectId));
        if (actor.kind() == ActorKind.APPLICANT) {
            recipients.add(actor.username());
        }
        recipients.forEach(r -> notifications.notify(r, "notice.objection.received", "my-objections", number, due));
        return Stored.created(mapper.findById(id.value()));
    }

    private Long subjectOf(Actor actor, NewObjection request, Violations violations) {
        CreditSubject subject = subjects.subjectOf(actor, "subjectIdentifier", request.subjectIdentifier(), violations);
        return subject == null ? null : subject.id();
    }

    private record Source(Long departmentId, String divisionCode) {
    }

    /** The record, which must be the subject's own; another subject's record does not exist for the caller. */
    private Source source(Objection.RecordType type, long recordId, long subjectId) {
        if (type == Objection.RecordType.LIST_ENTRY) {
            ListEntry entry;
            try {
                entry = listings.get(recordId);
            } catch (NotFoundException e) {
                throw ValidationException.of("recordId", "validation.notFound");
            }
            if (entry.subjectId() != subjectId) {
                throw ValidationException.of("recordId", "validation.notFound");
            }
            return new Source(entry.departmentId(), entry.divisionCode());
        }
        Breach breach;
        try {
            breach = breachQueries.find(recordId);
        } catch (NotFoundException e) {
            throw ValidationException.of("recordId", "validation.notFound");
        }
        if (breach.subjectId() != subjectId || Breach.REVOKED.equals(breach.status())) {
            throw ValidationException.of("recordId", "validation.notFound");
        }
        return new Source(breach.departmentId(), breach.divisionCode());
    }

    private void markDisputed(Objection.RecordType type, long recordId) {
        if (type == Objection.RecordType.LIST_ENTRY) {
            listings.setDisputed(recordId, true);
        } else {
            breaches.setDisputed(recordId, true);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** The stored objection when a retry asks the same; a conflict naming the fields when it asks something else. */
    private Objection same(Actor actor, NewObjection request, Objection earlier) {
        List<String> fields = new ArrayList<>();
        if (request.recordType() != earlier.recordType()) {
            fields.add("recordType");
        }
        if (request.recordId() == null || request.recordId() != earlier.recordId()) {
            fields.add("recordId");
        }
        if (request.ground() != earlier.ground()) {
            fields.add("ground");
        }
        if (request.description() == null || !request.description().strip().equals(earlier.description())) {
            fields.add("description");
        }
        Violations ignored = Violations.of(request);
        Long subjectId;
        try {
            subjectId = subjectOf(actor, request, ignored);
        } catch (BusinessException unknown) {
            subjectId = null;
        }
        if (subjectId == null || subjectId != earlier.subjectId()) {
            fields.add("subjectIdentifier");
        }
        if (!fields.isEmpty()) {
            throw new IdempotencyConflict(fields);
        }
        return earlier;
    }
}
