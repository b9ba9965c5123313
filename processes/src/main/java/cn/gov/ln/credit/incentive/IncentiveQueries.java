package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading joint incentive cases: the credit office follows the cases of its division with every department's
 * progress; a department sees only the cases pushed to it, and of each only its own part.
 */
@Service
public class IncentiveQueries {

    private final IncentiveMapper mapper;
    private final ListingService listings;
    private final SubjectService subjects;
    private final DepartmentService departments;
    private final AccessGuard guard;
    private final Clock clock;

    IncentiveQueries(IncentiveMapper mapper, ListingService listings, SubjectService subjects,
            DepartmentService departments, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.listings = listings;
        this.subjects = subjects;
        this.departments = departments;
        this.guard = guard;
        this.clock = clock;
    }

    /** The cases of the officer's division, newest first; open ones only when asked. */
    @Transactional(readOnly = true)
    public List<IncentiveCaseView> cases(boolean openOnly, PageRequest page) {
        Actor actor = guard.require(Permissions.INCENTIVE_READ);
        return mapper.searchCases(actor.scopePrefix() + "%", openOnly, page.offset(), page.limit()).stream()
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long countCases(boolean openOnly) {
        Actor actor = guard.require(Permissions.INCENTIVE_READ);
        return mapper.countCases(actor.scopePrefix() + "%", openOnly);
    }

    /** One case of the officer's division with every department's part; another division's does not exist. */
    @Transactional(readOnly = true)
    public IncentiveCaseView detail(long caseId) {
        Actor actor = guard.require(Permissions.INCENTIVE_READ);
        IncentiveCase incentiveCase = mapper.findCase(caseId);
        if (incentiveCase == null || !actor.coversDivision(incentiveCase.divisionCode())) {
            throw new NotFoundException("incentiveCase", caseId);
        }
        return view(incentiveCase);
    }

    /** The caller's department's parts, newest case first; the open ones (to respond or report) when asked. */
    @Transactional(readOnly = true)
    public List<IncomingIncentive> incoming(boolean openOnly, PageRequest page) {
        Actor actor = guard.require(Permissions.INCENTIVE_RESPOND);
        if (actor.departmentId() == null) {
            return List.of();
        }
        long department = actor.departmentId();
        return mapper.searchIncoming(department, openOnly, page.offset(), page.limit()).stream()
                .map(c -> incoming(c, mapper.findPart(c.id(), department))).toList();
    }

    @Transactional(readOnly = true)
    public long countIncoming(boolean openOnly) {
        Actor actor = guard.require(Permissions.INCENTIVE_RESPOND);
        return actor.departmentId() == null ? 0 : mapper.countIncoming(actor.departmentId(), openOnly);
    }

    /** The caller's department's part of one case; a case not pushed to it does not exist for it. */
    @Transactional(readOnly = true)
    public IncomingIncentive incoming(long caseId) {
        Actor actor = guard.require(Permissions.INCENTIVE_RESPOND);
        IncentiveCase incentiveCase = mapper.findCase(caseId);
        IncentivePart part = incentiveCase == null || actor.departmentId() == null ? null
                : mapper.findPart(caseId, actor.departmentId());
        if (part == null) {
            throw new NotFoundException("incentiveCase", caseId);
        }
        return incoming(incentiveCase, part);
    }

    private IncomingIncentive incoming(IncentiveCase incentiveCase, IncentivePart part) {
        ListEntry entry = listings.get(incentiveCase.listEntryId());
        CreditSubject subject = subjects.lookup(incentiveCase.subjectId()).orElseThrow();
        List<String> measures = mapper.findMeasures().stream()
                .filter(m -> List.of(part.measureCodes().split(",")).contains(m.code()))
                .map(m -> m.code() + " " + m.content()).toList();
        return new IncomingIncentive(incentiveCase, part, subject.name(), identifier(subject), entry.reason(),
                entry.basisNumber(), measures, part.overdue(LocalDate.now(clock), incentiveCase));
    }

    private IncentiveCaseView view(IncentiveCase incentiveCase) {
        CreditSubject subject = subjects.lookup(incentiveCase.subjectId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<IncentiveCaseView.DepartmentPart> parts = mapper.findParts(incentiveCase.id()).stream()
                .map(p -> new IncentiveCaseView.DepartmentPart(p, departments.nameOf(p.departmentId()),
                        p.overdue(today, incentiveCase)))
                .toList();
        return new IncentiveCaseView(incentiveCase, subject.name(), identifier(subject), parts);
    }

    private static String identifier(CreditSubject subject) {
        return subject.kind().usesUscc() ? subject.uscc() : Masking.citizenId(subject.citizenId());
    }
}
