package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.document.CaseDocument;
import cn.gov.ln.credit.document.CaseDocumentService;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeQuery;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.pledge.PledgeView;
import cn.gov.ln.credit.pledgetemplate.PledgeType;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.shared.Violations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (信用修复, tiered model from 2026-04-01): a listed subject applies once the tier's minimum period
 * has passed, with proof the obligation was met and a repair pledge signed through the pledge capability; a credit
 * officer reviews; a granted repair ends the listing (publication and sharing stop, the subject is graded again)
 * and the lifting reaches every department through the joint penalty pipeline.
 */
@Service
public class RepairService {

    public static final String PROCESS = "CreditRepair";
    public static final String TASK_REVIEW = "Task_ReviewRepair";
    public static final String DOCUMENT_OWNER = "REPAIR";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RepairMapper mapper;
    private final ListingService listings;
    private final PledgeQueries pledges;
    private final CaseDocumentService documents;
    private final RepairReaders readers;
    private final RuntimeService runtime;
    private final TaskService engineTasks;
    private final AuditService audit;
    private final NotificationService notifications;
    private final AccountService accounts;
    private final AccessGuard guard;
    private final Clock clock;

    RepairService(RepairMapper mapper, ListingService listings, PledgeQueries pledges, CaseDocumentService documents,
            RepairReaders readers, RuntimeService runtime, TaskService engineTasks, AuditService audit,
            NotificationService notifications, AccountService accounts, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.pledges = pledges;
        this.documents = documents;
        this.readers = readers;
        this.runtime = runtime;
        this.engineTasks = engineTasks;
        this.audit = audit;
        this.notifications = notifications;
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
    }

    /** Whether the applicant's own listing can be repaired today. */
    @Transactional(readOnly = true)
    public RepairEligibility eligibility(long listEntryId) {
        return eligibility(ownEntry(guard.require(Permissions.REPAIR_APPLY), listEntryId));
    }

    /** The applicant's dishonesty listings in force, each with whether it can be repaired today. */
    @Transactional(readOnly = true)
    public List<RepairableListing> myListings() {
        Actor actor = guard.require(Permissions.REPAIR_APPLY);
        if (actor.subjectId() == null) {
            return List.of();
        }
        return listings.entriesOf(actor.subjectId()).stream()
                .filter(e -> e.listType() == ListType.DISHONESTY && e.inForceOn(LocalDate.now(clock)))
                .map(e -> new RepairableListing(e, eligibility(e))).toList();
    }

    @Transactional
    public RepairApplication apply(NewRepair request, Upload proof) {
        Actor actor = guard.require(Permissions.REPAIR_APPLY);
        Violations violations = Violations.of(request);
        ListEntry entry = request.listEntryId() == null ? null : ownEntry(actor, request.listEntryId());
        RepairEligibility eligibility = entry == null ? null : eligibility(entry);
        if (eligibility != null && !eligibility.eligible()) {
            violations.add(eligibility.from() != null
                    ? FieldViolation.of("listEntryId", eligibility.reasonKey(), eligibility.from())
                    : FieldViolation.of("listEntryId", eligibility.reasonKey()));
        }
        if (violations.clear("pledgeCode")) {
            pledgeViolation(actor, request.pledgeCode(), violations);
        }
        violations.addAll(CaseDocumentService.check("proof", proof));
        violations.throwIfAny();
        if (mapper.countPending(entry.id()) > 0) {
            throw new ConflictException("error.repair.alreadyPending");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        RepairApplication draft = new RepairApplication(0, "~" + UUID.randomUUID().toString().substring(0, 20),
                entry.subjectId(), entry.id(), request.pledgeCode().strip(), 0, request.statement().strip(),
                entry.divisionCode(), actor.username(), now, RepairApplication.RepairStatus.PENDING, null, null, null,
                null);
        GeneratedId id = new GeneratedId();
        mapper.insert(draft, id);
        CaseDocument stored = documents.store(DOCUMENT_OWNER, id.value(), "proof", proof);
        String number = "XF" + LocalDate.now(clock).format(DAY) + String.format("%08d", id.value());
        mapper.setNumber(id.value(), number);
        mapper.setProof(id.value(), stored.id());
        String instance = runtime.startProcessInstanceByKey(PROCESS, number, Map.of("repairId", id.value())).getId();
        mapper.setProcessInstance(id.value(), instance);
        audit.record(actor, AuditActions.REPAIR_APPLIED, "repair", number, "listing " + entry.id());
        Set<String> recipients = new LinkedHashSet<>(accounts.accountsOfSubject(entry.subjectId()));
        recipients.add(actor.username());
        recipients.forEach(r -> notifications.notify(r, "notice.repair.received", "my-repairs", number));
        return mapper.findById(id.value());
    }

    /** The credit officer's review: grant (the listing ends) or refuse, with the reason either way. */
    @Transactional
    public RepairApplication decide(long repairId, boolean grant, String reason) {
        Actor actor = guard.require(Permissions.REPAIR_HANDLE);
        RepairApplication application = inScope(actor, repairId);
        if (application.status() != RepairApplication.RepairStatus.PENDING) {
            throw new ConflictException("error.repair.decided");
        }
        Constraints.check(new Reason(reason));
        Task task = engineTasks.createTaskQuery().processInstanceId(application.processInstanceId())
                .taskDefinitionKey(TASK_REVIEW).singleResult();
        if (task == null || mapper.decide(repairId, grant ? RepairApplication.RepairStatus.GRANTED
                : RepairApplication.RepairStatus.REFUSED, reason.strip(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.username()) == 0) {
            throw new ConflictException("error.repair.decided");
        }
        engineTasks.setAssignee(task.getId(), actor.username());
        engineTasks.complete(task.getId(), Map.of("granted", grant));
        audit.record(actor, AuditActions.REPAIR_DECIDED, "repair", application.repairNo(),
                grant ? "GRANTED" : "REFUSED");
        return mapper.findById(repairId);
    }

    @Transactional(readOnly = true)
    public List<RepairApplication> search(boolean pendingOnly, PageRequest page) {
        return search(pendingOnly(pendingOnly), Sort.ascending(RepairSortKey.SUBMITTED), page);
    }

    @Transactional(readOnly = true)
    public long count(boolean pendingOnly) {
        return count(pendingOnly(pendingOnly));
    }

    /** The division's applications in the order asked for. */
    @Transactional(readOnly = true)
    public List<RepairApplication> search(RepairQuery query, Sort<RepairSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.REPAIR_HANDLE);
        DateRange submitted = new DateRange(query.from(), query.to());
        return mapper.search(actor.scopePrefix() + "%", query, submitted.start(clock.getZone()),
                submitted.endExclusive(clock.getZone()), sort, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(RepairQuery query) {
        Actor actor = guard.require(Permissions.REPAIR_HANDLE);
        DateRange submitted = new DateRange(query.from(), query.to());
        return mapper.count(actor.scopePrefix() + "%", query, submitted.start(clock.getZone()),
                submitted.endExclusive(clock.getZone()));
    }

    private static RepairQuery pendingOnly(boolean pendingOnly) {
        return new RepairQuery(pendingOnly ? RepairApplication.RepairStatus.PENDING : null, null, null);
    }

    /** One application: for the officers of its division and the subject who applied. */
    @Transactional(readOnly = true)
    public RepairApplication get(long repairId) {
        Actor actor = guard.current();
        RepairApplication application = mapper.findById(repairId);
        if (application == null) {
            throw new NotFoundException("repair", repairId);
        }
        boolean own = actor.subjectId() != null && actor.subjectId() == application.subjectId();
        if (!own && !readers.officer(actor, application)) {
            throw new NotFoundException("repair", repairId);
        }
        return application;
    }

    /** The applicant's signed credit repair pledges, every one of them: an application names one. */
    @Transactional(readOnly = true)
    public List<PledgeView> repairPledges() {
        guard.require(Permissions.REPAIR_APPLY);
        return pledges.own(new PledgeQuery(null, PledgeStatus.SIGNED, null)).stream()
                .filter(p -> p.pledge().pledgeType() == PledgeType.CREDIT_REPAIR).toList();
    }

    @Transactional(readOnly = true)
    public List<RepairApplication> mine() {
        Actor actor = guard.require(Permissions.REPAIR_APPLY);
        return actor.subjectId() == null ? List.of() : mapper.findBySubject(actor.subjectId());
    }

    /** Every repair application of a subject, newest first; for services that check their own permissions. */
    public List<RepairApplication> ofSubject(long subjectId) {
        return mapper.findBySubject(subjectId);
    }

    @Transactional(readOnly = true)
    public byte[] proof(long repairId) {
        RepairApplication application = get(repairId);
        return documents.content(DOCUMENT_OWNER, repairId, application.proofDocumentId());
    }

    /**
     * The public portal's repair results: granted repairs of organisations, of listings that were published (never
     * a minor breach's). No sign-in.
     */
    @Transactional(readOnly = true)
    public List<PublicRepair> published(PageRequest page) {
        return mapper.findPublic(page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long countPublished() {
        return mapper.countPublic();
    }

    private RepairEligibility eligibility(ListEntry entry) {
        if (entry.listType() != ListType.DISHONESTY || entry.status() != ListStatus.ACTIVE
                || !entry.inForceOn(LocalDate.now(clock))) {
            return new RepairEligibility(false, null, "validation.repair.notInForce");
        }
        LocalDate from = entry.tier().repairableFrom(entry.basisDate());
        if (LocalDate.now(clock).isBefore(from)) {
            return new RepairEligibility(false, from, "validation.repair.beforeMinimum");
        }
        return new RepairEligibility(true, from, null);
    }

    private void pledgeViolation(Actor actor, String code, Violations violations) {
        if (code == null || code.isBlank()) {
            violations.add(FieldViolation.of("pledgeCode", "validation.required"));
            return;
        }
        Pledge pledge;
        try {
            pledge = pledges.get(code.strip()).pledge();
        } catch (NotFoundException e) {
            violations.add(FieldViolation.of("pledgeCode", "validation.notFound"));
            return;
        }
        if (pledge.subjectId() != actor.subjectId() || pledge.pledgeType() != PledgeType.CREDIT_REPAIR) {
            violations.add(FieldViolation.of("pledgeCode", "validation.repair.notRepairPledge"));
        } else if (pledge.status() != PledgeStatus.SIGNED) {
            violations.add(FieldViolation.of("pledgeCode", "filing.inLieu.refused.pledgeNotInForce"));
        }
    }

    private ListEntry ownEntry(Actor actor, long listEntryId) {
        ListEntry entry;
        try {
            entry = listings.get(listEntryId);
        } catch (NotFoundException e) {
            throw new NotFoundException("listEntry", listEntryId);
        }
        if (actor.subjectId() == null || entry.subjectId() != actor.subjectId()) {
            throw new NotFoundException("listEntry", listEntryId);
        }
        return entry;
    }

    private RepairApplication inScope(Actor actor, long repairId) {
        RepairApplication application = mapper.findById(repairId);
        if (application == null) {
            throw new NotFoundException("repair", repairId);
        }
        guard.requireInScope(actor, application.divisionCode(), "repair", repairId);
        return application;
    }

    /** Why an officer grants or refuses a repair. */
    private record Reason(@NotBlank @Size(max = 1000) @CleanText String reason) {
    }
}
