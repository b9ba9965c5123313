package cn.gov.ln.credit.subject;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.identifier.CitizenId;
import cn.gov.ln.credit.identifier.IdentifierCheck;
import cn.gov.ln.credit.identifier.SubjectIdentifiers;
import cn.gov.ln.credit.identifier.Uscc;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit subjects: legal persons, other organisations, sole traders and natural persons. Lists are scoped to
 * the officer's division; a lookup by exact identifier works province-wide, because a filing in one city may
 * come from a subject registered in another.
 */
@Service
public class SubjectService {

    static final int MAX_NAME = 200;

    private final SubjectMapper mapper;
    private final DivisionService divisions;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    SubjectService(SubjectMapper mapper, DivisionService divisions, AuditService audit, AccessGuard guard,
            Clock clock) {
        this.mapper = mapper;
        this.divisions = divisions;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SubjectView> search(SubjectQuery query, PageRequest page) {
        return search(query, Sort.ascending(SubjectSortKey.REGISTERED), page);
    }

    /** The division's subjects in the order asked for. */
    @Transactional(readOnly = true)
    public List<SubjectView> search(SubjectQuery query, Sort<SubjectSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.SUBJECT_READ);
        return mapper.search(actor.scopePrefix() + "%", query, textPattern(query), sort, page.offset(), page.limit())
                .stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long count(SubjectQuery query) {
        Actor actor = guard.require(Permissions.SUBJECT_READ);
        return mapper.count(actor.scopePrefix() + "%", query, textPattern(query));
    }

    /** Subjects per current grade inside the caller's division; the key {@code ""} counts the ungraded. */
    @Transactional(readOnly = true)
    public Map<String, Long> countByGrade() {
        Actor actor = guard.require(Permissions.SUBJECT_READ);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SubjectMapper.GradeCount row : mapper.countByGrade(actor.scopePrefix() + "%")) {
            counts.put(row.grade() == null ? "" : row.grade(), row.subjects());
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public SubjectView get(long id) {
        Actor actor = guard.require(Permissions.SUBJECT_READ);
        CreditSubject subject = load(id);
        guard.requireInScope(actor, subject.divisionCode(), "subject", id);
        return view(subject);
    }

    /** Looks a subject up by USCC or citizen ID anywhere in the province. */
    @Transactional(readOnly = true)
    public Optional<SubjectView> findByIdentifier(String identifier) {
        guard.require(Permissions.SUBJECT_READ);
        return lookupByIdentifier(identifier).map(this::view);
    }

    /** Shows a natural person's full citizen ID to an officer who needs it; every reveal is audited. */
    @Transactional
    public String revealIdentifier(long id) {
        Actor actor = guard.require(Permissions.SUBJECT_REVEAL_IDENTITY);
        CreditSubject subject = load(id);
        audit.record(actor, AuditActions.IDENTITY_REVEALED, "subject", id, null);
        return subject.identifier();
    }

    @Transactional
    public long register(NewSubject request) {
        Actor actor = guard.require(Permissions.SUBJECT_REGISTER);
        List<FieldViolation> violations = new ArrayList<>();
        IdentifierStatus status = validate(request, actor, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        CreditSubject subject = new CreditSubject(0, request.kind(), request.name().strip(),
                request.kind().usesUscc() ? request.identifier() : null,
                request.kind().usesUscc() ? null : request.identifier(), status,
                blankToNull(request.legalRepresentative()), request.divisionCode(), request.registeredOn(), null,
                Instant.now(clock));
        GeneratedId id = new GeneratedId();
        try {
            mapper.insert(subject, id);
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("identifier", "validation.identifier.taken");
        }
        audit.record(actor, AuditActions.SUBJECT_REGISTERED, "subject", id.value(),
                request.kind() + (status == IdentifierStatus.ALLOW_LISTED ? " allow-listed identifier" : ""));
        return id.value();
    }

    // --- for other services; they check their own permissions ---

    public Optional<CreditSubject> lookup(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    public Optional<CreditSubject> lookupByIdentifier(String identifier) {
        if (identifier == null || identifier.length() != Uscc.LENGTH) {
            return Optional.empty();
        }
        CreditSubject byUscc = mapper.findByUscc(identifier);
        return byUscc != null ? Optional.of(byUscc) : Optional.ofNullable(mapper.findByCitizenId(identifier));
    }

    /**
     * The subject a command is about: an applicant's own, whatever the command names; for anyone else the one the
     * identifier names, or null with the reason added to the violations (unless its constraints refused it already).
     */
    public CreditSubject subjectOf(Actor actor, String field, String identifier, Violations violations) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return lookup(actor.subjectId() == null ? -1 : actor.subjectId())
                    .orElseThrow(() -> new NotFoundException("subject", actor.username()));
        }
        if (!violations.clear(field)) {
            return null;
        }
        Optional<CreditSubject> subject = lookupByIdentifier(identifier);
        if (subject.isEmpty()) {
            violations.add(whyUnknown(field, identifier));
            return null;
        }
        return subject.get();
    }

    /**
     * Why no registered subject has this identifier, as a violation of {@code field}: missing, malformed (by the
     * check that fails; an allow-listed early code is not), or well formed and not registered.
     */
    public FieldViolation whyUnknown(String field, String identifier) {
        return SubjectIdentifiers.violation(field, identifier, LocalDate.now(clock), allowListed(identifier));
    }

    /** The same as an exception: a 400 naming the field when missing or malformed, else a 404. */
    public BusinessException unknown(String field, String identifier) {
        return SubjectIdentifiers.unknown(field, identifier, LocalDate.now(clock), allowListed(identifier));
    }

    private boolean allowListed(String identifier) {
        return identifier != null && identifier.length() == Uscc.LENGTH && mapper.findAllowListed(identifier) != null;
    }

    public SubjectView view(CreditSubject subject) {
        return SubjectView.of(subject, divisions.nameOf(subject.divisionCode()), false);
    }

    private CreditSubject load(long id) {
        CreditSubject subject = mapper.findById(id);
        if (subject == null) {
            throw new NotFoundException("subject", id);
        }
        return subject;
    }

    private IdentifierStatus validate(NewSubject request, Actor actor, List<FieldViolation> violations) {
        violations.addAll(Constraints.violations(request));
        if (!divisions.exists(request.divisionCode())) {
            violations.add(FieldViolation.of("divisionCode", "validation.notFound"));
        } else if (!actor.coversDivision(request.divisionCode())) {
            violations.add(FieldViolation.of("divisionCode", "validation.outOfScope"));
        }
        if (request.registeredOn() != null && request.registeredOn().isAfter(LocalDate.now(clock))) {
            violations.add(FieldViolation.of("registeredOn", "validation.date.future"));
        }
        return request.kind() == null ? IdentifierStatus.VALID : checkIdentifier(request, violations);
    }

    private IdentifierStatus checkIdentifier(NewSubject request, List<FieldViolation> violations) {
        String identifier = request.identifier();
        if (request.kind().usesUscc()) {
            IdentifierCheck check = Uscc.check(identifier);
            if (check == IdentifierCheck.WRONG_CHECK_CHARACTER && mapper.findAllowListed(identifier) != null) {
                return IdentifierStatus.ALLOW_LISTED;
            }
            if (!check.isValid()) {
                violations.add(FieldViolation.of("identifier", "validation.uscc." + check.name()));
            }
        } else {
            IdentifierCheck check = CitizenId.check(identifier, LocalDate.now(clock));
            if (!check.isValid()) {
                violations.add(FieldViolation.of("identifier", "validation.citizenId." + check.name()));
            }
        }
        return IdentifierStatus.VALID;
    }

    private static String textPattern(SubjectQuery query) {
        return Like.prefix(query.text());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
