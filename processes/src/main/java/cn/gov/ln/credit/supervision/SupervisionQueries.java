package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingRecords;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading supervision marks: those of one case for whoever sees the case, which of a list's filings are under one,
 * and the supervisors' list of the marks they may lift (their scope is part of the query).
 */
@Service
public class SupervisionQueries {

    private final SupervisionMapper mapper;
    private final FilingRecords filings;
    private final PenaltyCaseQueries penaltyCases;
    private final BreachQueries breaches;
    private final AccessGuard guard;

    SupervisionQueries(SupervisionMapper mapper, FilingRecords filings, PenaltyCaseQueries penaltyCases,
            BreachQueries breaches, AccessGuard guard) {
        this.mapper = mapper;
        this.filings = filings;
        this.penaltyCases = penaltyCases;
        this.breaches = breaches;
        this.guard = guard;
    }

    /**
     * The marks of a case, newest first, for those who see the case: the officers of its department and division
     * (the credit office for breaches and penalty cases), and a department asked to act in a penalty case for the
     * marks on its own part.
     */
    @Transactional(readOnly = true)
    public List<SupervisionMark> ofCase(SupervisedCase caseType, long caseId) {
        Actor actor = guard.current();
        if (actor.kind() != ActorKind.STAFF) {
            return List.of();
        }
        return switch (caseType) {
            case FILING -> {
                Filing filing = filings.find(caseId);
                yield SupervisionScope.inDepartment(actor, filing.departmentId(), filing.divisionCode())
                        ? mapper.findOfCase(caseType, caseId) : List.of();
            }
            case BREACH -> {
                breaches.get(caseId);
                yield mapper.findOfCase(caseType, caseId);
            }
            case PENALTY_CASE -> {
                PenaltyCase penaltyCase = penaltyCases.detail(caseId).summary().penaltyCase();
                boolean office = guard.isPermitted(Permissions.PENALTY_READ)
                        && actor.coversDivision(penaltyCase.divisionCode());
                yield mapper.findOfCase(caseType, caseId).stream().filter(m -> office
                        || m.targetDepartmentId() != null && m.targetDepartmentId().equals(actor.departmentId()))
                        .toList();
            }
        };
    }

    /** Of the filings (already in the caller's list), those under an open supervision mark: the list's badge. */
    @Transactional(readOnly = true)
    public Set<Long> supervisedFilings(Collection<Long> filingIds) {
        guard.current();
        return filingIds.isEmpty() ? Set.of()
                : new HashSet<>(mapper.findOpenCases(SupervisedCase.FILING, Set.copyOf(filingIds)));
    }

    /** A page of the marks the supervisor may lift (督办事项), sorted on the server. */
    @Transactional(readOnly = true)
    public List<SupervisionMark> list(SupervisionListQuery query, Sort<SupervisionSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.SUPERVISION_MARK);
        return mapper.search(query, SupervisionScope.of(actor, guard), sort, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(SupervisionListQuery query) {
        Actor actor = guard.require(Permissions.SUPERVISION_MARK);
        return mapper.count(query, SupervisionScope.of(actor, guard));
    }
}
