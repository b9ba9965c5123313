package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
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
import cn.gov.ln.credit.shared.BusinessException;
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
import cn.gov.ln.credit.shared.StoredJson;
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
import java.util.ArrayList;
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
    private final PledgeAccess access;
    private final PledgeTemplateService templates;
    private final SubjectService subjects;
    private final DepartmentService departments;
    private final MatterService matters;
    private final AccountService accounts;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    /** The field values as stored: sorted keys, so a retry's values compare text for text. */
    private final StoredJson storedJson;

    PledgeService(PledgeMapper mapper, PledgeRegistry registry, PledgeAccess access, PledgeTemplateService templates,
            SubjectService subjects, DepartmentService departments, MatterService matters, AccountService accounts,
            AuditService audit, AccessGuard guard, Clock clock, StoredJson storedJson) {
        this.mapper = mapper;
        this.registry = registry;
        this.access = access;
        this.templates = templates;
        this.subjects = subjects;
        this.departments = departments;
        this.matters = matters;
        this.accounts = accounts;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.storedJson = storedJson;
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
                List<String> differing = differences(actor, request, earlier);
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
        CreditSubject subject = pledger(actor, request, violations);
        Department accepting = acceptingDepartment(actor, request, violations);
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
                version.liabilityText(), json(values), request.publicity(), accepting == null ? null : accepting.id(),
                accepting == null ? null : accepting.name(), accepting == null ? null : accepting.uscc(), division,
                ExternalReference.stripped(request.externalReference()), externalKey, null, null, null, null, null,
                null, PledgeStatus.DRAFT, null, null, now, actor.username());
        GeneratedId id = new GeneratedId();
        mapper.insert(draft, id);
        audit.record(actor, AuditActions.PLEDGE_DRAFTED, "pledge", draft.draftRef(), definition.code());
        return Stored.created(mapper.findById(id.value()));
    }

    /** What a retry under the same reference asks that the stored pledge does not hold. */
    private List<String> differences(Actor actor, NewPledge request, Pledge earlier) {
        List<String> fields = new ArrayList<>();
        TemplateVersion version = templates.version(earlier.templateVersionId());
        if (request.templateCode() == null
                || !templates.templateOf(version).code().equals(request.templateCode().strip())) {
            fields.add("templateCode");
        } else {
            FormValidator.Result form = FormValidator.validate(version.form(), request.fields());
            if (!form.violations().isEmpty() || !json(form.values()).equals(earlier.fieldValues())) {
                fields.add("fields");
            }
        }
        if (request.reason() == null || !request.reason().strip().equals(earlier.reason())) {
            fields.add("reason");
        }
        if (request.publicity() != earlier.publicity()) {
            fields.add("publicity");
        }
        Violations ignored = Violations.of(request);
        try {
            CreditSubject subject = pledger(actor, request, ignored);
            if (subject == null || subject.id() != earlier.subjectId()) {
                fields.add("subjectIdentifier");
            }
            Department accepting = acceptingDepartment(actor, request, ignored);
            if (!java.util.Objects.equals(accepting == null ? null : accepting.id(),
                    earlier.acceptingDepartmentId())) {
                fields.add("acceptingDepartmentId");
            }
        } catch (BusinessException unknown) {
            fields.add("subjectIdentifier");
        }
        return fields;
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
        PledgeMapper.LedgerHead head = registry.lock();
        Pledge draft = mapper.lockByDraftRef(draftRef);
        if (draft == null || !mayAct(actor, draft)) {
            throw new NotFoundException("pledge", draftRef);
        }
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
        signed = withHash(signed, hash);
        if (mapper.markSigned(signed) != 1) {
            throw new ConflictException("error.pledge.notDraft");
        }
        head = registry.append(head, signed.id(), null, hash);
        PledgeTemplate template = templates.templateOf(version);
        for (Pledge earlier : mapper.findSupersedable(signed.subjectId(), template.id(),
                signed.acceptingDepartmentId(), signed.id())) {
            head = addEvent(head, earlier, event(earlier, PledgeEventType.SUPERSEDED, null, code, actor, now));
            mapper.setStatus(earlier.id(), PledgeStatus.SIGNED, PledgeStatus.SUPERSEDED);
        }
        audit.record(actor, AuditActions.PLEDGE_SIGNED, "pledge", code, hash);
        return mapper.findById(signed.id());
    }

    /** Withdraws a signed pledge that no filing relies on yet; the pledger or the accepting department may. */
    @Transactional
    public Pledge withdraw(String code, String reason) {
        Actor actor = guard.require(Permissions.PLEDGE_SIGN);
        PledgeMapper.LedgerHead head = registry.lock();
        Pledge pledge = mapper.lockByCode(code);
        if (pledge == null || !mayAct(actor, pledge)) {
            throw new NotFoundException("pledge", code);
        }
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
        addEvent(head, pledge, event);
        mapper.setStatus(pledge.id(), PledgeStatus.SIGNED, PledgeStatus.WITHDRAWN);
        audit.record(actor, AuditActions.PLEDGE_WITHDRAWN, "pledge", code, reason.strip());
        return mapper.findById(pledge.id());
    }

    /** Records an officer's determination of whether the pledge was kept (履约状态). */
    @Transactional
    public Pledge determine(String code, Determination determination) {
        Actor actor = guard.require(Permissions.PLEDGE_DETERMINE);
        PledgeMapper.LedgerHead head = registry.lock();
        Pledge pledge = mapper.lockByCode(code);
        if (pledge == null || !access.canRead(actor, pledge)) {
            throw new NotFoundException("pledge", code);
        }
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
        addEvent(head, pledge, event);
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
        PledgeMapper.LedgerHead head = registry.lock();
        Pledge pledge = mapper.lockByCode(code);
        if (pledge == null || !(access.canRead(actor, pledge) || actor.isSystem())) {
            throw new NotFoundException("pledge", code);
        }
        if (pledge.status() != PledgeStatus.SIGNED) {
            throw new ConflictException("error.pledge.notSigned");
        }
        if (pledge.reliedOnAt() != null) {
            return pledge;
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        addEvent(head, pledge, new PledgeEvent(0, pledge.id(), PledgeEventType.RELIED_ON, null, null,
                null, null, null, null, filingReference, null, now, actor.username()));
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
        audit.recordIndependently(cn.gov.ln.credit.audit.AuditEntry.of(actor, AuditActions.REGISTRY_VERIFIED,
                "registry", null, report.intact() ? "intact " + report.checked()
                        : "broken at " + report.firstBrokenSeq() + " " + report.reason(), AuditService.clientAddress()));
        return report;
    }

    private PledgeView view(Actor actor, Pledge pledge) {
        boolean party = access.isParty(actor, pledge);
        boolean mask = pledge.isNaturalPerson() && !party;
        TemplateVersion version = templates.version(pledge.templateVersionId());
        String title = templates.templateOf(version).title();
        String matter = matters.find(pledge.matterCode()).map(PermitMatter::name).orElse(null);
        boolean withdrawable = pledge.status() == PledgeStatus.SIGNED && pledge.reliedOnAt() == null
                && mayAct(actor, pledge);
        return new PledgeView(pledge, mask ? Masking.citizenId(pledge.pledgerIdentifier()) : pledge.pledgerIdentifier(),
                mask, title, matter, mapper.findEvents(pledge.id()), withdrawable);
    }

    private boolean mayAct(Actor actor, Pledge pledge) {
        return access.isParty(actor, pledge);
    }

    private Actor requireReader() {
        Actor actor = guard.current();
        if (actor.kind() != ActorKind.APPLICANT) {
            guard.require(Permissions.PLEDGE_READ);
        }
        return actor;
    }

    private CreditSubject pledger(Actor actor, NewPledge request, Violations violations) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return subjects.lookup(actor.subjectId() == null ? -1 : actor.subjectId())
                    .orElseThrow(() -> new NotFoundException("subject", actor.username()));
        }
        if (!violations.clear("subjectIdentifier")) {
            return null;
        }
        Optional<CreditSubject> subject = subjects.lookupByIdentifier(request.subjectIdentifier());
        if (subject.isEmpty()) {
            violations.add(subjects.whyUnknown("subjectIdentifier", request.subjectIdentifier()));
            return null;
        }
        return subject.get();
    }

    private Department acceptingDepartment(Actor actor, NewPledge request, Violations violations) {
        if (actor.kind() == ActorKind.API_CLIENT) {
            return departments.find(actor.departmentId()).orElse(null);
        }
        if (request.acceptingDepartmentId() == null) {
            return null;
        }
        Optional<Department> department = departments.find(request.acceptingDepartmentId());
        if (department.isEmpty()) {
            violations.add(FieldViolation.of("acceptingDepartmentId", "validation.notFound"));
            return null;
        }
        return department.get();
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

    private PledgeMapper.LedgerHead addEvent(PledgeMapper.LedgerHead head, Pledge pledge, PledgeEvent event) {
        GeneratedId id = new GeneratedId();
        mapper.insertEvent(event, id);
        PledgeEvent stored = new PledgeEvent(id.value(), event.pledgeId(), event.eventType(), event.fulfillmentStatus(),
                event.unfulfilledContent(), event.actionTaken(), event.determinationDate(), event.determiningUnit(),
                event.determiningUscc(), event.note(), event.relatedCode(), event.occurredAt(), event.actor());
        return registry.append(head, pledge.id(), id.value(), PledgeRegistry.contentHash(stored, pledge));
    }

    private static PledgeEvent event(Pledge pledge, PledgeEventType type, String note, String related, Actor actor,
            Instant at) {
        return new PledgeEvent(0, pledge.id(), type, null, null, null, null, null, null, note, related, at,
                actor.username());
    }

    private static Pledge withHash(Pledge p, String hash) {
        return new Pledge(p.id(), p.draftRef(), p.recordCode(), p.templateVersionId(), p.templateTextHash(),
                p.pledgeType(), p.matterCode(), p.subjectId(), p.pledgerName(), p.pledgerCategory(),
                p.pledgerIdentifier(), p.reason(), p.content(), p.liability(), p.fieldValues(), p.publicity(),
                p.acceptingDepartmentId(), p.acceptingUnitName(), p.acceptingUnitUscc(), p.divisionCode(),
                p.externalReference(), p.externalKey(), p.pledgeDate(), p.validUntil(), p.signerUsername(),
                p.channel(), p.signedAt(), hash, p.status(), p.fulfillmentStatus(), p.reliedOnAt(), p.createdAt(),
                p.createdBy());
    }

    /** Required when the pledge was not kept: what was not kept, and what was done about it. */
    private static void requireText(String field, String value, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "validation.required");
        }
    }

    /** Why a pledge is withdrawn. */
    private record Withdrawal(@NotBlank @Size(max = MAX_REASON) @CleanText String reason) {
    }

    private String json(Map<String, Object> values) {
        return storedJson.write(new java.util.TreeMap<>(values));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
