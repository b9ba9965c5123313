package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.document.CaseDocument;
import cn.gov.ln.credit.document.CaseDocumentService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is shown of breaches: the lists of a credit officer's division, one breach for its officers and for the
 * subject it is about, an applicant's notices, and a breach's documents; and, for services that check their own
 * permissions (objections, credit checks), a breach or a subject's breaches as stored. Nothing here changes a
 * breach: the intake is {@link BreachService}'s, the determination {@link DeterminationService}'s.
 */
@Service
public class BreachQueries {

    private final BreachMapper mapper;
    private final CaseDocumentService documents;
    private final AccessGuard guard;
    private final Clock clock;

    BreachQueries(BreachMapper mapper, CaseDocumentService documents, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.documents = documents;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Breach> search(BreachQuery query, PageRequest page) {
        return search(query, Sort.descending(BreachSortKey.RAISED), page);
    }

    /** The division's breaches in the order asked for. */
    @Transactional(readOnly = true)
    public List<Breach> search(BreachQuery query, Sort<BreachSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.BREACH_READ);
        DateRange raised = new DateRange(query.from(), query.to());
        return mapper.search(actor.scopePrefix() + "%", query, Like.contains(query.text()),
                raised.start(clock.getZone()), raised.endExclusive(clock.getZone()), sort, page.offset(),
                page.limit());
    }

    @Transactional(readOnly = true)
    public long count(BreachQuery query) {
        Actor actor = guard.require(Permissions.BREACH_READ);
        DateRange raised = new DateRange(query.from(), query.to());
        return mapper.count(actor.scopePrefix() + "%", query, Like.contains(query.text()),
                raised.start(clock.getZone()), raised.endExclusive(clock.getZone()));
    }

    /** One breach: for credit officers of its division and for the subject it is about. */
    @Transactional(readOnly = true)
    public Breach get(long breachId) {
        Actor actor = guard.current();
        Breach breach = mapper.findById(breachId);
        if (breach == null) {
            throw new NotFoundException("breach", breachId);
        }
        if (actor.kind() == ActorKind.APPLICANT) {
            if (actor.subjectId() == null || actor.subjectId() != breach.subjectId()) {
                throw new NotFoundException("breach", breachId);
            }
            return breach;
        }
        return readableByOfficer(breach);
    }

    /** One breach for a credit officer of its division; the check its papers are read by, too. */
    Breach readableByOfficer(long breachId) {
        return readableByOfficer(find(breachId));
    }

    private Breach readableByOfficer(Breach breach) {
        Actor actor = guard.require(Permissions.BREACH_READ);
        guard.requireInScope(actor, breach.divisionCode(), "breach", breach.id());
        return breach;
    }

    /** The applicant's own breaches that reached the advance notice, newest first. */
    @Transactional(readOnly = true)
    public List<Breach> mine() {
        Actor actor = guard.require(Permissions.BREACH_ANSWER);
        if (actor.subjectId() == null) {
            return List.of();
        }
        return mapper.findBySubject(actor.subjectId()).stream().filter(b -> b.noticeSentAt() != null).toList();
    }

    /** Every breach of a subject; for services that check their own permissions. */
    public List<Breach> ofSubject(long subjectId) {
        return mapper.findBySubject(subjectId);
    }

    /** One breach; for services that check their own permissions. */
    public Breach find(long breachId) {
        Breach breach = mapper.findById(breachId);
        if (breach == null) {
            throw new NotFoundException("breach", breachId);
        }
        return breach;
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> documents(long breachId) {
        get(breachId);
        return documents.of(BreachService.DOCUMENT_OWNER, breachId);
    }

    @Transactional(readOnly = true)
    public byte[] documentContent(long breachId, long documentId) {
        get(breachId);
        return documents.content(BreachService.DOCUMENT_OWNER, breachId, documentId);
    }

    public int openBreaches(long subjectId) {
        return mapper.countOpen(subjectId);
    }
}
