package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the joint penalty pipeline shows: the cases of a credit officer's division with each one's tally, a case
 * with every department's part (for its officers and for a department asked to act), and a department's own parts.
 * The pipeline's steps are in {@link PenaltyService}, a department's response and feedback in
 * {@link DepartmentResponses}.
 */
@Service
public class PenaltyCaseQueries {

    private final PenaltyMapper mapper;
    private final ListingService listings;
    private final DepartmentService departments;
    private final PenaltyReaders readers;
    private final AccessGuard guard;
    private final Clock clock;

    PenaltyCaseQueries(PenaltyMapper mapper, ListingService listings, DepartmentService departments,
            PenaltyReaders readers, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.departments = departments;
        this.readers = readers;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PenaltyCaseSummary> search(PenaltyQuery query, PageRequest page) {
        return search(query, Sort.descending(PenaltySortKey.INITIATED), page);
    }

    /** The officer's division's cases in the order asked for. */
    @Transactional(readOnly = true)
    public List<PenaltyCaseSummary> search(PenaltyQuery query, Sort<PenaltySortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.PENALTY_READ);
        DateRange initiated = new DateRange(query.from(), query.to());
        return mapper.searchCases(actor.scopePrefix() + "%", query, Like.contains(query.text()),
                initiated.start(clock.getZone()), initiated.endExclusive(clock.getZone()), sort, page.offset(),
                page.limit()).stream().map(PenaltyCaseQueries::summary).toList();
    }

    @Transactional(readOnly = true)
    public long count(PenaltyQuery query) {
        Actor actor = guard.require(Permissions.PENALTY_READ);
        DateRange initiated = new DateRange(query.from(), query.to());
        return mapper.countCases(actor.scopePrefix() + "%", query, Like.contains(query.text()),
                initiated.start(clock.getZone()), initiated.endExclusive(clock.getZone()));
    }

    /** The cases of one listing (its push and its lifting) in the officer's division. */
    @Transactional(readOnly = true)
    public List<PenaltyCaseSummary> ofListing(long listEntryId) {
        Actor actor = guard.require(Permissions.PENALTY_READ);
        return mapper.findSummariesByEntry(listEntryId).stream().filter(r -> actor.coversDivision(r.divisionCode()))
                .map(PenaltyCaseQueries::summary).toList();
    }

    /**
     * A case with every department's part: for credit officers of its division, and for a department asked to act
     * in it. Anyone else is told it does not exist.
     */
    @Transactional(readOnly = true)
    public PenaltyCaseDetail detail(long caseId) {
        Actor actor = guard.current();
        PenaltyMapper.SummaryRow row = mapper.findSummary(caseId);
        if (row == null) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        boolean officer = readers.officer(actor, row.divisionCode());
        if (!officer && !readers.party(actor, caseId)) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        PenaltyCaseSummary summary = summary(row);
        LocalDate today = LocalDate.now(clock);
        List<PenaltyCaseDetail.DepartmentPart> parts = mapper.findResponses(caseId).stream()
                .filter(r -> officer || r.departmentId() == actor.departmentId())
                .map(r -> new PenaltyCaseDetail.DepartmentPart(r, departments.nameOf(r.departmentId()),
                        r.overdue(today, summary.penaltyCase())))
                .toList();
        Set<String> codes = new LinkedHashSet<>();
        parts.forEach(p -> codes.addAll(PenaltyMeasure.split(p.response().measureCodes())));
        List<PenaltyMeasure> measures = mapper.findMeasures().stream().filter(m -> codes.contains(m.code())).toList();
        return new PenaltyCaseDetail(summary, listings.get(row.listEntryId()), parts, measures);
    }

    /** The caller's department's parts of cases, newest first. */
    @Transactional(readOnly = true)
    public List<IncomingCase> incoming(PenaltyQuery query, PageRequest page) {
        return incoming(new IncomingQuery(query.openOnly(), null, query.text(), query.from(), query.to()),
                Sort.descending(IncomingSortKey.RECEIVED), page);
    }

    /** The caller's department's parts of cases that the query selects, in the order asked for. */
    @Transactional(readOnly = true)
    public List<IncomingCase> incoming(IncomingQuery query, Sort<IncomingSortKey> sort, PageRequest page) {
        Actor actor = requireDepartment();
        DateRange received = new DateRange(query.from(), query.to());
        return mapper.searchIncoming(actor.departmentId(), query, Like.contains(query.text()),
                received.start(clock.getZone()), received.endExclusive(clock.getZone()), sort, page.offset(),
                page.limit()).stream().map(PenaltyCaseQueries::incoming).toList();
    }

    @Transactional(readOnly = true)
    public long countIncoming(PenaltyQuery query) {
        return countIncoming(new IncomingQuery(query.openOnly(), null, query.text(), query.from(), query.to()));
    }

    @Transactional(readOnly = true)
    public long countIncoming(IncomingQuery query) {
        Actor actor = requireDepartment();
        DateRange received = new DateRange(query.from(), query.to());
        return mapper.countIncoming(actor.departmentId(), query, Like.contains(query.text()),
                received.start(clock.getZone()), received.endExclusive(clock.getZone()));
    }

    /** The caller's department's part of one case; a case it is not asked to act in does not exist. */
    @Transactional(readOnly = true)
    public IncomingCase incomingCase(long caseId) {
        Actor actor = requireDepartment();
        PenaltyMapper.IncomingRow row = mapper.findIncoming(actor.departmentId(), caseId);
        if (row == null) {
            throw new NotFoundException("penaltyCase", caseId);
        }
        return incoming(row);
    }

    private Actor requireDepartment() {
        Actor actor = guard.require(Permissions.PENALTY_RESPOND);
        if (actor.departmentId() == null) {
            throw new NotFoundException("department", actor.username());
        }
        return actor;
    }

    private static PenaltyCaseSummary summary(PenaltyMapper.SummaryRow r) {
        PenaltyCase penaltyCase = new PenaltyCase(r.id(), r.caseNo(), PenaltyAction.valueOf(r.action()),
                r.listEntryId(), r.subjectId(), r.initiatingDepartmentId(), r.divisionCode(), r.initiatedBy(),
                r.initiatedAt(), r.responseDueOn(), r.feedbackDueOn(), PenaltyCase.CaseStatus.valueOf(r.status()),
                r.closedAt(), r.processInstanceId());
        return new PenaltyCaseSummary(penaltyCase, r.subjectName(), r.uscc(), r.departments(), r.responded(),
                r.reported(), r.escalated());
    }

    private static IncomingCase incoming(PenaltyMapper.IncomingRow r) {
        PenaltyCase penaltyCase = new PenaltyCase(r.caseId(), r.caseNo(), PenaltyAction.valueOf(r.action()),
                r.listEntryId(), r.subjectId(), r.initiatingDepartmentId(), r.divisionCode(), r.initiatedBy(),
                r.initiatedAt(), r.responseDueOn(), r.feedbackDueOn(), PenaltyCase.CaseStatus.valueOf(r.caseStatus()),
                r.closedAt(), r.processInstanceId());
        PenaltyResponse response = new PenaltyResponse(r.responseId(), r.caseId(), r.departmentId(), r.measureCodes(),
                PenaltyResponse.ResponseStatus.valueOf(r.status()), r.applied(), r.appliedMeasures(),
                r.responseNote(), r.respondedAt(), r.respondedBy(), r.feedbackNote(), r.feedbackAt(), r.feedbackBy(),
                r.escalatedAt());
        return new IncomingCase(response, penaltyCase, r.subjectName(), r.uscc(), r.listingReason(), r.tier(),
                r.basisNumber());
    }
}
