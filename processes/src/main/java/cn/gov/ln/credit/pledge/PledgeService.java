package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.forms.FormValidator;
import cn.gov.ln.credit.forms.FormViolation;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledgetemplate.Placeholders;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PublishedTemplate;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.CleanText;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.ExternalReference;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.IdempotencyConflict;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Stored;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit pledges: an applicant (or a department system for them) drafts a pledge from a published template,
 * signs it into the sealed registry under a record code, may withdraw it until a filing relies on it; officers
 * record whether it was kept. Every later fact is a new registry entry: the signed record never changes.
 * Every change takes the registry head lock first, so changes serialise in one order and cannot deadlock.
 */
@Service
public class PledgeService {

    public static final int MAX_REASON = 512;
    public static final int MAX_CONTENT = 4000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PledgeMapper mapper;
    private final PledgeRegistry registry;
    private final PledgeLedger ledger;
    private final PledgeAccess access;
    private final PledgeRequests requests;
    private final PledgeTemplateService templates;
    private final SubjectService subjects;
    private final DepartmentService departments;
    private final MatterService matters;
    private final AccountService accounts;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    PledgeService(PledgeMapper mapper, PledgeRegistry registry, PledgeLedger ledger, PledgeAccess access,
            PledgeRequests requests, PledgeTemplateService templates, SubjectService subjects,
            DepartmentService departments, MatterService matters, AccountService accounts, AuditService audit,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.registry = registry;
        this.ledger = ledger;
        this.access = access;
        this.requests = requests;
        this.templates = templates;
        this.subjects = subjects;
        this.departments = departments;
        this.matters = matters;
        this.accounts = accounts;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Drafts a pledge; nothing is signed yet. A department system that repeats a call with the same external
     * reference gets the draft (or the signed pledge) it created the first time.
     */
    @Transactional
    public Pledge draft(NewPledge request) {
        return draftOnce(request).value();
    }

    /** As {@link #draft}, saying whether the draft was made now or by an earlier call with its reference. */
    @Transactional
    public Stored<Pledge> draftOnce(NewPledge request) {
        Actor actor = guard.require(Permissions.PLEDGE_SIGN);
        String externalKey = ExternalReference.key(actor.departmentId(), request.externalReference());
        if (externalKey != null) {
            Pledge earlier = mapper.findByExternalKey(externalKey);
            if (earlier != null) {
                List<String> differing = requests.differences(actor, request, earlier);
                if (!differing.isEmpty()) {
                    throw new IdempotencyConflict(differing);
                }
                return Stored.replayed(earlier);
            }
        }
        Violations violations = Violations.of(request);
        Optional<PublishedTemplate> template = violations.clear("templateCode")
                ? templates.publishedVersionOf(request.templateCode()) : Optional.empty();
        if (template.isEmpty()) {
            violations.add("templateCode", "validation.pledge.noTemplate");
        }
        CreditSubject subject = requests.pledger(actor, request, violations);
        Department accepting = requests.acceptingDepartment(actor, request, violations);
        if (request.publicity() == Publicity.PUBLIC && subject != null
                && subject.kind() == SubjectKind.NATURAL_PERSON) {
            violations.add("publicity", "validation.pledge.personNotPublic");
        }
        Map<String, Object> values = Map.of();
        if (template.isPresent()) {
            FormValidator.Result form = FormValidator.validate(template.get().version().form(), request.fields());
            for (FormViolation v : form.violations()) {
                violations.add(new FieldViolation("fields." + v.field(), v.reason(), v.arguments()));
            }
            values = form.values();
        }
        violations.throwIfAny();
        TemplateVersion version = template.get().version();
        PledgeTemplate definition = template.get().template();
        String matterName = matters.find(definition.matterCode()).map(PermitMatter::name).orElse("");
        Map<String, Object> placeholders = new HashMap<>(values);
        placeholders.put(Placeholders.PLEDGER_NAME, subject.name());
        placeholders.put(Placeholders.PLEDGER_IDENTIFIER, subject.identifier());
        placeholders.put(Placeholders.ACCEPTING_UNIT, accepting == null ? "" : accepting.name());
        placeholders.put(Placeholders.MATTER_NAME, matterName);
        placeholders.put(Placeholders.PLEDGE_DATE, "签署之日");
        placeholders.put(Placeholders.VALID_UNTIL, "有效期届满之日");
        String content = Placeholders.render(version.pledgeText(), placeholders);
        if (content.length() > MAX_CONTENT) {
            throw ValidationException.of("fields", "validation.pledge.contentTooLong", MAX_CONTENT);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String division = accepting != null ? accepting.divisionCode() : subject.divisionCode();
        Pledge draft = new Pledge(0, "D" + HexFormat.of().formatHex(randomBytes()), null, version.id(),
                version.textHash(), definition.pledgeType(), definition.matterCode(), subject.id(), subject.name(),
                PledgerCategory.of(subject.kind()), subject.identifier(), request.reason().strip(), content,
                version.liabilityText(), PledgeRequests.json(values), request.publicity(),
                accepting == null ? null : accepting.id(), accepting == null ? null : accepting.name(),
                accepting == null ? null : accepting.uscc(), division,
                ExternalReference.stripped(request.externalReference()), externalKey, null, null, null, null, null,
                null, PledgeStatus.DRAFT, null, null, now, actor.username());
        GeneratedId id = new GeneratedId();
        mapper.insert(draft, id);
        audit.record(actor, AuditActions.PLEDGE_DRAFTED, "pledge", draft.draftRef(), definition.code());
        return Stored.created(mapper.findById(id.value()));
    }

    /**
     * Signs a draft: it gets its record code (division, date, serial without gaps), its hash, and its sealed
     * registry entry. An earlier pledge of the same subject on the same template to the same unit that nothing
     * relies on yet is superseded.
     */
    @Transactional
    public Pledge sign(String draftRef) {
        Actor actor = guard.require(Permissions.PLEDGE_SIGN);
        if (actor.kind() == ActorKind.APPLICANT) {
            throw ValidationException.of("password", "validation.required");
        }
        return signAs(actor, draftRef);
    }

    /**
     * Signs a draft on the applicant portal: the applicant re-enters their password, which is checked (and
     * counted against the lock-out) before anything is signed.
     */
    @Transactional(noRollbackFor = ValidationException.class)
    public Pledge signWithPassword(String draftRef, char[] password) {
        Actor actor = guard.require(Permissions.PLEDGE_SIGN);
        if (!accounts.confirmPassword(password)) {
            throw ValidationException.of("password", "error.password.mismatch");
        }
        return signAs(actor, draftRef);
    }

    private Pledge signAs(Actor actor, String draftRef) {
        PledgeLedger.Locked locked = ledger.lockByDraftRef(draftRef, p -> access.mayAct(actor, p));
        PledgeMapper.LedgerHead head = locked.head();
        Pledge draft = locked.pledge();
        if (draft.status() != PledgeStatus.DRAFT) {
            return draft;
        }
        TemplateVersion version = templates.version(draft.templateVersionId());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.now(clock);
        String code = nextRecordCode(draft.divisionCode(), today);
        Pledge signed = draft.signed(code, today, today.plusMonths(version.validityMonths()), actor.username(),
                actor.kind() == ActorKind.API_CLIENT ? Channel.API : Channel.PORTAL, now);
        String hash = PledgeRegistry.contentHash(signed);
        signed = signed.withLetterHash(hash);
        if (mapper.markSigned(signed) != 1) {
            throw new ConflictException("error.pledge.notDraft");
        }
        head = ledger.appendSigning(head, signed);
        PledgeTemplate template = templates.templateOf(version);
        for (Pledge earlier : mapper.findSupersedable(signed.subjectId(), template.id(),
                signed.acceptingDepartmentId(), signed.id())) {
            head = ledger.appendEvent(head, earlier, new PledgeEvent(0, earlier.id(), PledgeEventType.SUPERSEDED,
                    null, null, null, null, null, null, null, code, now, actor.username()));
            mapper.setStatus(earlier.id(), PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED);
        }
        audit.record(actor, AuditActions.PLEDGE_SIGNED, "pledge", code, hash);
        return mapper.findById(signed.id());
    }

    /** Withdraws a signed pledge that no filing relies on yet; the pledger or the accepting department may. */
    @Transactional
    public Pledge withdraw(String code, String reason) {
        Actor actor = guard.require(Permissions.PLEDGE_SIGN);
        PledgeLedger.Locked locked = ledger.lockByCode(code, p -> access.mayAct(actor, p));
        Pledge pledge = locked.pledge();
        Constraints.check(new Withdrawal(reason));
        if (pledge.status() != PledgeStatus.SIGNED) {
            throw new ConflictException("error.pledge.notSigned");
        }
        if (pledge.reliedOnAt() != null) {
            throw new ConflictException("error.pledge.reliedOn");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PledgeEvent event = new PledgeEvent(0, pledge.id(), PledgeEventType.WITHDRAWN, null, null, null, null, null,
                null, reason.strip(), null, now, actor.username());
        ledger.appendEvent(locked.head(), pledge, event);
        mapper.setStatus(pledge.id(), PledgeStatus.SIGNED, PledgeStatus.WITHDRAWN);
        audit.record(actor, AuditActions.PLEDGE_WITHDRAWN, "pledge", code, reason.strip());
        return mapper.findById(pledge.id());
    }

    /** Records an officer's determination of whether the pledge was kept (履约状态). */
    @Transactional
    public Pledge determine(String code, Determination determination) {
        Actor actor = guard.require(Permissions.PLEDGE_DETERMINE);
        PledgeLedger.Locked locked = ledger.lockByCode(code, p -> access.canRead(actor, p));
        Pledge pledge = locked.pledge();
        Violations violations = Violations.of(determination);
        if (determination.status() != null && determination.status() != FulfillmentStatus.FULFILLED) {
            requireText("unfulfilledContent", determination.unfulfilledContent(), violations);
            requireText("actionTaken", determination.actionTaken(), violations);
        }
        LocalDate today = LocalDate.now(clock);
        if (violations.clear("determinationDate") && determination.determinationDate().isAfter(today)) {
            violations.add("determinationDate", "validation.date.future");
        } else if (violations.clear("determinationDate") && pledge.pledgeDate() != null
                && determination.determinationDate().isBefore(pledge.pledgeDate())) {
            violations.add("determinationDate", "validation.pledge.beforeSigning");
        }
        violations.throwIfAny();
        if (pledge.status() != PledgeStatus.SIGNED) {
            throw new ConflictException("error.pledge.notSigned");
        }
        Department unit = departments.find(actor.departmentId()).orElse(null);
        boolean fulfilled = determination.status() == FulfillmentStatus.FULFILLED;
        PledgeEvent event = new PledgeEvent(0, pledge.id(), PledgeEventType.FULFILLMENT_DETERMINED,
                determination.status(), fulfilled ? null : determination.unfulfilledContent().strip(),
                fulfilled ? null : determination.actionTaken().strip(), determination.determinationDate(),
                unit == null ? null : unit.name(), unit == null ? null : unit.uscc(),
                blankToNull(determination.note()), null, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                actor.username());
        ledger.appendEvent(locked.head(), pledge, event);
        mapper.setFulfillment(pledge.id(), determination.status());
        audit.record(actor, AuditActions.PLEDGE_FULFILLMENT_DETERMINED, "pledge", code, determination.status().name());
        return mapper.findById(pledge.id());
    }

    /**
     * How many of the subject's pledges were determined not kept (false pledges) and not yet repaired: a granted
     * repair of the listing that the breach raised on the pledge ends it. For services that check their own
     * permissions.
     */
    public int unrepairedFalsePledges(long subjectId) {
        return mapper.countUnrepairedFalsePledges(subjectId);
    }

    /** A filing relies on the pledge from now on: it can no longer be withdrawn. */
    @Transactional
    public Pledge relyOn(String code, String filingReference) {
        Actor actor = guard.require(Permissions.PLEDGE_READ);
        PledgeLedger.Locked locked = ledger.lockByCode(code, p -> access.canRead(actor, p) || actor.isSystem());
        Pledge pledge = locked.pledge();
        if (pledge.status() != PledgeStatus.SIGNED) {
            throw new ConflictException("error.pledge.notSigned");
        }
        if (pledge.reliedOnAt() != null) {
            return pledge;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        ledger.appendEvent(locked.head(), pledge, new PledgeEvent(0, pledge.id(), PledgeEventType.RELIED_ON, null,
                null, null, null, null, null, filingReference, null, now, actor.username()));
        mapper.setReliedOn(pledge.id(), now);
        return mapper.findById(pledge.id());
    }

    @Transactional(readOnly = true)
    public PledgeView get(String codeOrDraftRef) {
        Actor actor = guard.current();
        Pledge pledge = codeOrDraftRef != null && codeOrDraftRef.startsWith("D")
                ? mapper.findByDraftRef(codeOrDraftRef) : mapper.findByCode(codeOrDraftRef);
        if (pledge == null || !access.canRead(actor, pledge)) {
            throw new NotFoundException("pledge", codeOrDraftRef);
        }
        return view(actor, pledge);
    }

    @Transactional(readOnly = true)
    public List<PledgeView> search(PledgeQuery query, PageRequest page) {
        Actor actor = requireReader();
        return mapper.search(query, access.scope(actor), Like.prefix(query.text()), page.offset(), page.limit())
                .stream().map(p -> view(actor, p)).toList();
    }

    @Transactional(readOnly = true)
    public long count(PledgeQuery query) {
        Actor actor = requireReader();
        return mapper.count(query, access.scope(actor), Like.prefix(query.text()));
    }

    /** The pledges of one subject that the caller may see, newest first (for department systems). */
    @Transactional(readOnly = true)
    public List<PledgeView> ofSubject(String identifier, PageRequest page) {
        Actor actor = requireReader();
        CreditSubject subject = subjects.lookupByIdentifier(identifier)
                .orElseThrow(() -> subjects.unknown("subject", identifier));
        PledgeMapper.Scope scope = access.scope(actor);
        PledgeMapper.Scope ofSubject = new PledgeMapper.Scope(scope.divisionPattern(), scope.departmentId(),
                subject.id());
        if (scope.subjectId() != null && scope.subjectId() != subject.id()) {
            return List.of();
        }
        return mapper.search(PledgeQuery.ALL, ofSubject, null, page.offset(), page.limit()).stream()
                .map(p -> view(actor, p)).toList();
    }

    /** The pledge for the letter renderer, after the same access check as {@link #get}. */
    @Transactional(readOnly = true)
    public Pledge forLetter(String code) {
        Actor actor = guard.current();
        Pledge pledge = mapper.findByCode(code);
        if (pledge == null || !access.canRead(actor, pledge) || pledge.recordCode() == null) {
            throw new NotFoundException("pledge", code);
        }
        return pledge;
    }

    /** Re-verifies the whole registry and reports the first broken link. */
    @Transactional(readOnly = true)
    public ChainReport verifyRegistry() {
        Actor actor = guard.require(Permissions.REGISTRY_VERIFY);
        ChainReport report = registry.verify();
        String outcome = report.intact() ? "intact " + report.checked()
                : "broken at " + report.firstBrokenSeq() + " " + report.reason();
        audit.recordIndependently(AuditEntry.of(actor, AuditActions.REGISTRY_VERIFIED, "registry", null, outcome,
                AuditService.clientAddress()));
        return report;
    }

    private PledgeView view(Actor actor, Pledge pledge) {
        boolean party = access.isParty(actor, pledge);
        boolean mask = pledge.isNaturalPerson() && !party;
        TemplateVersion version = templates.version(pledge.templateVersionId());
        String title = templates.templateOf(version).title();
        String matter = matters.find(pledge.matterCode()).map(PermitMatter::name).orElse(null);
        boolean withdrawable = pledge.status() == PledgeStatus.SIGNED && pledge.reliedOnAt() == null
                && access.mayAct(actor, pledge);
        return new PledgeView(pledge, mask ? Masking.citizenId(pledge.pledgerIdentifier()) : pledge.pledgerIdentifier(),
                mask, title, matter, mapper.findEvents(pledge.id()), withdrawable);
    }

    /** An applicant reads their own pledges without the officers' permission; everyone else needs it. */
    private Actor requireReader() {
        Actor actor = guard.current();
        if (actor.kind() != ActorKind.APPLICANT) {
            guard.require(Permissions.PLEDGE_READ);
        }
        return actor;
    }

    private String nextRecordCode(String division, LocalDate day) {
        String prefix = division + day.format(DAY);
        String last = mapper.maxRecordCode(prefix);
        int serial = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        if (serial > 999_999) {
            throw new ConflictException("error.pledge.serialExhausted", division, day);
        }
        return prefix + String.format("%06d", serial);
    }

    /** Why a pledge is withdrawn. */
    private record Withdrawal(@NotBlank @Size(max = MAX_REASON) @CleanText String reason) {
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Required when the pledge was not kept: what was not kept, and what was done about it. */
    private static void requireText(String field, String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "validation.required");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
