package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What objections show, to each who may see them: the officers' lists of their division, one objection for its
 * officers, its subject and the system that raised it, the applicant's own objections and the records they may
 * dispute, and what a disputed record says. Raising is in {@link ObjectionService}, deciding in
 * {@link ObjectionHandling}.
 */
@Service
public class ObjectionQueries {

    private final ObjectionMapper mapper;
    private final ListingService listings;
    private final BreachQueries breaches;
    private final ObjectionReaders readers;
    private final AccessGuard guard;
    private final Clock clock;

    ObjectionQueries(ObjectionMapper mapper, ListingService listings, BreachQueries breaches,
            ObjectionReaders readers, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.breaches = breaches;
        this.readers = readers;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Objection> search(boolean pendingOnly, PageRequest page) {
        return search(pendingOnly(pendingOnly), Sort.ascending(ObjectionSortKey.REPLY_DUE), page);
    }

    @Transactional(readOnly = true)
    public long count(boolean pendingOnly) {
        return count(pendingOnly(pendingOnly));
    }

    /** The division's objections in the order asked for. */
    @Transactional(readOnly = true)
    public List<Objection> search(ObjectionQuery query, Sort<ObjectionSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.OBJECTION_HANDLE);
        DateRange submitted = new DateRange(query.from(), query.to());
        return mapper.search(actor.scopePrefix() + "%", query, submitted.start(clock.getZone()),
                submitted.endExclusive(clock.getZone()), sort, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(ObjectionQuery query) {
        Actor actor = guard.require(Permissions.OBJECTION_HANDLE);
        DateRange submitted = new DateRange(query.from(), query.to());
        return mapper.count(actor.scopePrefix() + "%", query, submitted.start(clock.getZone()),
                submitted.endExclusive(clock.getZone()));
    }

    private static ObjectionQuery pendingOnly(boolean pendingOnly) {
        return new ObjectionQuery(pendingOnly ? Objection.ObjectionStatus.PENDING : null, null, null);
    }

    /** One objection: for the officers of its division, the subject, and the department system that raised it. */
    @Transactional(readOnly = true)
    public Objection get(long objectionId) {
        Actor actor = guard.current();
        Objection objection = mapper.findById(objectionId);
        if (objection == null) {
            throw new NotFoundException("objection", objectionId);
        }
        boolean own = actor.subjectId() != null && actor.subjectId() == objection.subjectId();
        if (!own && !readers.official(actor, objection)) {
            throw new NotFoundException("objection", objectionId);
        }
        return objection;
    }

    @Transactional(readOnly = true)
    public List<Objection> mine() {
        Actor actor = guard.require(Permissions.OBJECTION_FILE);
        return actor.subjectId() == null ? List.of() : mapper.findBySubject(actor.subjectId());
    }

    /** The applicant's own list entries and breaches, which their objection may name. */
    @Transactional(readOnly = true)
    public List<DisputableRecord> myRecords() {
        Actor actor = guard.require(Permissions.OBJECTION_FILE);
        if (actor.subjectId() == null) {
            return List.of();
        }
        List<DisputableRecord> records = new ArrayList<>();
        for (ListEntry entry : listings.entriesOf(actor.subjectId())) {
            records.add(new DisputableRecord(Objection.RecordType.LIST_ENTRY, entry.id(), entry.reason() + " · "
                    + entry.basisNumber() + " · " + entry.listedOn(), entry.disputed()));
        }
        for (Breach breach : breaches.ofSubject(actor.subjectId())) {
            if (!Breach.REVOKED.equals(breach.status()) && breach.listEntryId() == null) {
                records.add(new DisputableRecord(Objection.RecordType.BREACH, breach.id(), breach.description()
                        + (breach.caseNo() == null ? "" : " · " + breach.caseNo()), breach.disputed()));
            }
        }
        return records;
    }

    /** What the record under objection says, for the officer who verifies it. */
    @Transactional(readOnly = true)
    public String recordSummary(long objectionId) {
        Objection objection = get(objectionId);
        if (objection.recordType() == Objection.RecordType.LIST_ENTRY) {
            ListEntry entry = listings.get(objection.recordId());
            return entry.reason() + " · " + entry.basisNumber() + " · " + entry.basisIssuer() + " · " + entry.tier();
        }
        Breach breach = breaches.find(objection.recordId());
        return breach.description() + (breach.caseNo() == null ? "" : " · " + breach.caseNo());
    }
}
