package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.forms.FormValidator;
import cn.gov.ln.credit.forms.FormViolation;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledgetemplate.Placeholders;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplate;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.PublishedTemplate;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.printing.VerificationCodes;
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
import cn.gov.ln.credit.shared.Stored;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectKind;
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
 * Credit pledges, the pledger's side: an applicant (or a department system for them) drafts a pledge from a
 * published template, signs it into the sealed registry under a record code, and may withdraw it until a filing
 * relies on it. What becomes of a signed pledge in the filings is {@link PledgeFulfilment}'s; what the pledges
 * show to whom is {@link PledgeQueries}'. Every change goes through {@link PledgeLedger}: the registry head is
 * locked first, and every later fact is a new registry entry.
 */
@Service
public class PledgeService {

    public static final int MAX_REASON = 512;
    public static final int MAX_CONTENT = 4000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PledgeMapper mapper;
    private final PledgeLedger ledger;
    private final PledgeAccess access;
    private final PledgeRequests requests;
    private final PledgeTemplateService templates;
    private final MatterService matters;
    private final AccountService accounts;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    /** The field values as stored: sorted keys, so a retry's values compare text for text. */

    PledgeService(PledgeMapper mapper, PledgeLedger ledger, PledgeAccess access, PledgeRequests requests,
            PledgeTemplateService templates, MatterService matters, AccountService accounts, AuditService audit,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.access = access;
        this.requests = requests;
        this.templates = templates;
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
        if (template.isPresent() && subject != null && !template.get().template().audience().admits(subject.kind())) {
            violations.add("templateCode", "validation.pledge.templateAudience");
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
        String content = Placeholders.render(version.pledgeTextFor(subject.kind()), placeholders);
        if (content.length() > MAX_CONTENT) {
            throw ValidationException.of("fields", "validation.pledge.contentTooLong", MAX_CONTENT);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String division = accepting != null ? accepting.divisionCode() : subject.divisionCode();
        Pledge draft = new Pledge(0, "D" + HexFormat.of().formatHex(randomBytes()), null, version.id(),
                version.textHash(), definition.pledgeType(), definition.matterCode(), subject.id(), subject.name(),
                PledgerCategory.of(subject.kind()), subject.identifier(), request.reason().strip(), content,
                version.liabilityText(), requests.json(values), request.publicity(),
                accepting == null ? null : accepting.id(), accepting == null ? null : accepting.name(),
                accepting == null ? null : accepting.uscc(), division,
                ExternalReference.stripped(request.externalReference()), externalKey, null, null, null, null, null,
                null, PledgeStatus.DRAFT, null, null, now, actor.username(), null);
        GeneratedId id = new GeneratedId();
        mapper.insert(draft, id);
        audit.record(actor, AuditActions.PLEDGE_DRAFTED, "pledge", draft.draftRef(), definition.code());
        return Stored.created(mapper.findById(id.value()));
    }

    /**
     * Signs a draft: it gets its record code (division, date, serial without gaps), its hash, its sealed
     * registry entry, and the short verification code its letter prints (outside what the registry seals). An
     * earlier pledge of the same subject on the same template to the same unit that nothing relies on yet is
     * superseded.
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
                actor.kind() == ActorKind.API_CLIENT ? Channel.API : Channel.PORTAL, now, VerificationCodes.next());
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
}
