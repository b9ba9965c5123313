package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.pledgetemplate.PledgeTemplateService;
import cn.gov.ln.credit.pledgetemplate.TemplateVersion;
import cn.gov.ln.credit.printing.VerificationCodes;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pledges show to whom, after {@link PledgeAccess}: the pledger their own, a department the pledges
 * addressed to it, credit officers those of their division, with a natural person's identifier masked for anyone
 * but the parties; and the registry's verification for those who may run it. The pledges' changes are
 * {@link PledgeService}'s and {@link PledgeFulfilment}'s; what anyone may see without signing in is
 * {@link PledgePublication}'s.
 */
@Service
public class PledgeQueries {

    private static final Sort<PledgeSortKey> NEWEST_FIRST = Sort.descending(PledgeSortKey.SIGNED);

    private final PledgeMapper mapper;
    private final PledgeRegistry registry;
    private final PledgeAccess access;
    private final PledgeTemplateService templates;
    private final SubjectService subjects;
    private final MatterService matters;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;

    PledgeQueries(PledgeMapper mapper, PledgeRegistry registry, PledgeAccess access, PledgeTemplateService templates,
            SubjectService subjects, MatterService matters, AuditService audit, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.registry = registry;
        this.access = access;
        this.templates = templates;
        this.subjects = subjects;
        this.matters = matters;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
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
        return search(query, NEWEST_FIRST, page);
    }

    /** The pledges the caller may see that the query selects, in the order asked for. */
    @Transactional(readOnly = true)
    public List<PledgeView> search(PledgeQuery query, Sort<PledgeSortKey> sort, PageRequest page) {
        Actor actor = requireReader();
        DateRange signed = new DateRange(query.from(), query.to());
        return mapper.search(query, access.scope(actor), Like.prefix(query.text()), signed.start(clock.getZone()),
                signed.endExclusive(clock.getZone()), sort, page.offset(), page.limit())
                .stream().map(p -> view(actor, p)).toList();
    }

    /**
     * Every pledge of the signed-in applicant's own subject that the query selects, however many: an applicant's
     * pickers must not stop at a page. Only for applicants, whose scope is one subject.
     */
    @Transactional(readOnly = true)
    public List<PledgeView> own(PledgeQuery query) {
        Actor actor = guard.current();
        if (actor.kind() != ActorKind.APPLICANT) {
            throw new AccessDeniedException(Permissions.PLEDGE_SIGN);
        }
        List<PledgeView> own = new ArrayList<>();
        List<PledgeView> page;
        do {
            page = search(query, new PageRequest(own.size(), PageRequest.MAX_LIMIT));
            own.addAll(page);
        } while (page.size() == PageRequest.MAX_LIMIT);
        return own;
    }

    @Transactional(readOnly = true)
    public long count(PledgeQuery query) {
        Actor actor = requireReader();
        DateRange signed = new DateRange(query.from(), query.to());
        return mapper.count(query, access.scope(actor), Like.prefix(query.text()), signed.start(clock.getZone()),
                signed.endExclusive(clock.getZone()));
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
        return mapper.search(PledgeQuery.ALL, ofSubject, null, null, null, NEWEST_FIRST, page.offset(),
                page.limit()).stream()
                .map(p -> view(actor, p)).toList();
    }

    /**
     * The pledge for the letter renderer, after the same access check as {@link #get}. A pledge signed before
     * letters carried a verification code gets one now, the first time its letter is made: only a letter rendered
     * with the code can carry it, and the code lies outside the sealed record, so the registry is not touched.
     */
    @Transactional
    public Pledge forLetter(String code) {
        Actor actor = guard.current();
        Pledge pledge = mapper.findByCode(code);
        if (pledge == null || !access.canRead(actor, pledge) || pledge.recordCode() == null) {
            throw new NotFoundException("pledge", code);
        }
        if (pledge.verificationCode() == null) {
            mapper.assignVerificationCode(pledge.id(), VerificationCodes.next());
            return mapper.findById(pledge.id());
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
}
