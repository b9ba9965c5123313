package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is shown of filings, and to whom: officers read the filings of their department and division, applicants
 * their own; a filing someone may not read does not exist for them. One filing as the API answers (the summary) or
 * as the case screen shows it (the view), and the lists. Intake is {@link FilingService}'s, the papers
 * {@link FilingDocuments}'.
 */
@Service
public class FilingQueries {

    private final FilingMapper mapper;
    private final MatterService matters;
    private final SubjectService subjects;
    private final DepartmentService departments;
    private final CreditCheckService creditChecks;
    private final RuntimeService runtime;
    private final AccessGuard guard;
    private final Clock clock;

    FilingQueries(FilingMapper mapper, MatterService matters, SubjectService subjects, DepartmentService departments,
            CreditCheckService creditChecks, RuntimeService runtime, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.matters = matters;
        this.subjects = subjects;
        this.departments = departments;
        this.creditChecks = creditChecks;
        this.runtime = runtime;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Filing get(long id) {
        Actor actor = guard.current();
        Filing filing = mapper.findById(id);
        if (filing == null || !canRead(actor, filing)) {
            throw new NotFoundException("filing", id);
        }
        return filing;
    }

    @Transactional(readOnly = true)
    public Filing getByNo(String filingNo) {
        Filing filing = mapper.findByNo(filingNo);
        if (filing == null) {
            throw new NotFoundException("filing", filingNo);
        }
        return get(filing.id());
    }

    /** The filing with what the API answers with; the case screen's timeline, papers and diagram are left out. */
    @Transactional(readOnly = true)
    public FilingSummary summary(long id) {
        return summaryOf(get(id));
    }

    /** The summary of a filing the caller already holds (intake answers a replayed filing with it). */
    FilingSummary summaryOf(Filing filing) {
        return new FilingSummary(filing, matters.get(filing.matterCode()),
                subjects.view(subjects.lookup(filing.subjectId()).orElseThrow()), creditChecks.evidenceOf(filing.id()));
    }

    /** The whole case: filing, matter, subject, check evidence, timeline, papers and process positions. */
    @Transactional(readOnly = true)
    public FilingView view(long id) {
        Filing filing = get(id);
        List<FilingView.ProcessPosition> positions = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(filing.filingNo()).list().stream()
                .map(p -> new FilingView.ProcessPosition(p.getProcessDefinitionId(),
                        p.getProcessDefinitionId().split(":")[0], p.getId(), runtime.getActiveActivityIds(p.getId())))
                .toList();
        return new FilingView(filing, matters.get(filing.matterCode()),
                subjects.view(subjects.lookup(filing.subjectId()).orElseThrow()),
                departments.nameOf(filing.departmentId()), creditChecks.evidenceOf(id), mapper.findEvents(id),
                mapper.findDocuments(id), positions);
    }

    @Transactional(readOnly = true)
    public List<Filing> search(FilingQuery query, PageRequest page) {
        Actor actor = guard.current();
        DateRange days = days(query);
        return mapper.search(query, scope(actor), Like.prefix(query.text()), days.start(clock.getZone()),
                days.endExclusive(clock.getZone()), page.offset(), page.limit());
    }

    /** The list's rows with the applicant's and matter's names, in the order asked for. */
    @Transactional(readOnly = true)
    public List<FilingListItem> list(FilingQuery query, Sort<FilingSortKey> sort, PageRequest page) {
        Actor actor = guard.current();
        DateRange days = days(query);
        return mapper.list(query, scope(actor), Like.prefix(query.text()), days.start(clock.getZone()),
                days.endExclusive(clock.getZone()), sort, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(FilingQuery query) {
        Actor actor = guard.current();
        DateRange days = days(query);
        return mapper.count(query, scope(actor), Like.prefix(query.text()), days.start(clock.getZone()),
                days.endExclusive(clock.getZone()));
    }

    private static DateRange days(FilingQuery query) {
        return new DateRange(query.from(), query.to());
    }

    private boolean canRead(Actor actor, Filing filing) {
        if (actor.isSystem()) {
            return true;
        }
        if (actor.kind() == ActorKind.APPLICANT) {
            return actor.username().equals(filing.applicantUsername())
                    || actor.subjectId() != null && actor.subjectId() == filing.subjectId();
        }
        return guard.isPermitted(Permissions.FILING_READ) && actor.coversDivision(filing.divisionCode())
                && actor.departmentId() != null && actor.departmentId() == filing.departmentId();
    }

    private FilingMapper.Scope scope(Actor actor) {
        if (actor.kind() == ActorKind.APPLICANT) {
            return new FilingMapper.Scope("%", null, actor.username());
        }
        guard.require(Permissions.FILING_READ);
        return new FilingMapper.Scope(actor.scopePrefix() + "%",
                actor.departmentId() == null ? -1L : actor.departmentId(), null);
    }
}
