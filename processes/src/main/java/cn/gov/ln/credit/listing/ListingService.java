package cn.gov.ln.credit.listing;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.subject.SubjectKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serious-dishonesty list and the red list. Entries are listed in the division of the deciding
 * department; officers see the entries of their division. Entries are created by the determination process
 * (advance notice, defence, decision), never typed in directly.
 */
@Service
public class ListingService {

    private final ListingMapper mapper;
    private final DepartmentService departments;
    private final AccessGuard guard;
    private final Clock clock;

    ListingService(ListingMapper mapper, DepartmentService departments, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.departments = departments;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ListEntryView> search(ListQuery query, PageRequest page) {
        Actor actor = guard.require(Permissions.LISTING_READ);
        return mapper.search(actor.scopePrefix() + "%", query, Like.contains(query.text()), LocalDate.now(clock),
                page.offset(), page.limit()).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long count(ListQuery query) {
        Actor actor = guard.require(Permissions.LISTING_READ);
        return mapper.count(actor.scopePrefix() + "%", query, Like.contains(query.text()), LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public long countInForce(ListType listType) {
        Actor actor = guard.require(Permissions.LISTING_READ);
        return mapper.countInForce(actor.scopePrefix() + "%", listType, LocalDate.now(clock));
    }

    /** Every entry of one subject, newest first; for services that check their own permissions. */
    public List<ListEntry> entriesOf(long subjectId) {
        return mapper.findBySubject(subjectId);
    }

    private ListEntryView view(ListingMapper.Row row) {
        ListEntry entry = new ListEntry(row.id(), ListType.valueOf(row.listType()), row.subjectId(),
                row.tier() == null ? null : BreachTier.valueOf(row.tier()), row.reason(),
                LegalBasisType.valueOf(row.basisType()), row.basisNumber(), row.basisIssuer(), row.basisDate(),
                row.departmentId(), row.divisionCode(), row.listedOn(), row.publishUntil(), row.expiresOn(),
                ListStatus.valueOf(row.status()), row.createdAt(), row.createdBy());
        SubjectKind kind = SubjectKind.valueOf(row.subjectKind());
        String identifier = kind.usesUscc() ? row.uscc() : Masking.citizenId(row.citizenId());
        return new ListEntryView(entry, row.subjectName(), kind, identifier, departments.nameOf(row.departmentId()));
    }
}
