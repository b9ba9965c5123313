package cn.gov.ln.credit.listing;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.grade.GradeService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.Masking;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.shared.SubjectRecordChanged;
import cn.gov.ln.credit.subject.SubjectKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The serious-dishonesty list and the red list. Entries are listed in the division of the deciding
 * department; officers see the entries of their division. Dishonesty entries are created by the determination
 * process (advance notice, defence, decision), never typed in directly, and end by their period, a repair or an
 * objection; each change regrades the subject.
 */
@Service
public class ListingService {

    private final ListingMapper mapper;
    private final DepartmentService departments;
    private final GradeService grades;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ListingService(ListingMapper mapper, DepartmentService departments, GradeService grades, AuditService audit,
            AccessGuard guard, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.mapper = mapper;
        this.departments = departments;
        this.grades = grades;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ListEntryView> search(ListQuery query, PageRequest page) {
        return search(query, Sort.descending(ListSortKey.LISTED_ON), page);
    }

    /** The division's entries in the order asked for. */
    @Transactional(readOnly = true)
    public List<ListEntryView> search(ListQuery query, Sort<ListSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.LISTING_READ);
        return mapper.search(actor.scopePrefix() + "%", query, Like.contains(query.text()), LocalDate.now(clock),
                sort, page.offset(), page.limit()).stream().map(this::view).toList();
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

    /** The public portal's list: organisations' dishonesty entries in their publication period. No sign-in. */
    @Transactional(readOnly = true)
    public List<ListEntryView> published(String text, PageRequest page) {
        return mapper.searchPublished(Like.contains(text), LocalDate.now(clock), page.offset(), page.limit()).stream()
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long countPublished(String text) {
        return mapper.countPublished(Like.contains(text), LocalDate.now(clock));
    }

    /** The public portal's red list: organisations' red entries in force and in their publication period. */
    @Transactional(readOnly = true)
    public List<ListEntryView> publishedRed(String text, PageRequest page) {
        return mapper.searchPublishedRed(Like.contains(text), LocalDate.now(clock), page.offset(), page.limit())
                .stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long countPublishedRed(String text) {
        return mapper.countPublishedRed(Like.contains(text), LocalDate.now(clock));
    }

    /** Whether the subject is on the red list today; for services that check their own permissions. */
    public boolean redListed(long subjectId) {
        LocalDate today = LocalDate.now(clock);
        return mapper.findBySubject(subjectId).stream()
                .anyMatch(e -> e.listType() == ListType.RED && e.inForceOn(today));
    }

    /**
     * Puts a subject on the red list on a commendation or an evaluation result. The caller (the red list
     * determination) checks the officer's permission, scope and the subject's eligibility.
     */
    @Transactional
    public ListEntry listRed(NewRedListing listing) {
        Actor actor = guard.current();
        ListEntry entry = new ListEntry(0, ListType.RED, listing.subjectId(), null, listing.reason(),
                listing.basisType(), listing.basisNumber(), listing.basisIssuer(), listing.basisDate(),
                listing.departmentId(), listing.divisionCode(), listing.listedOn(), listing.publishUntil(),
                listing.expiresOn(), ListStatus.ACTIVE, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                actor.username(), null, false, null, null);
        GeneratedId id = new GeneratedId();
        mapper.insert(entry, id);
        audit.record(actor, AuditActions.RED_LISTED, "listEntry", id.value(),
                listing.basisType() + " " + listing.basisNumber());
        events.publishEvent(new SubjectRecordChanged(listing.subjectId(), "RED_LISTED"));
        return get(id.value());
    }

    /**
     * Ends a red entry (publication stops with it) with the reason and, for a removal by hand, the officer's words;
     * what rests on it hears of it through {@link RedEntryEnded} in the same transaction. False when it had ended.
     */
    @Transactional
    public boolean endRed(long entryId, ListEnding reason, String note) {
        ListEntry entry = get(entryId);
        if (entry.listType() != ListType.RED) {
            throw new NotFoundException("redListEntry", entryId);
        }
        if (mapper.endRed(entryId, reason.status(), reason, LocalDate.now(clock), note) == 0) {
            return false;
        }
        audit.record(guard.current(), AuditActions.RED_REMOVED, "listEntry", entryId,
                note == null ? reason.name() : reason + " " + note);
        events.publishEvent(new RedEntryEnded(entryId, entry.subjectId(), reason, note));
        events.publishEvent(new SubjectRecordChanged(entry.subjectId(), "RED_REMOVED"));
        return true;
    }

    /** The officer's words on why a red entry was removed by hand; null when none. */
    public String endNoteOf(long entryId) {
        return mapper.findEndNote(entryId);
    }

    /** Every entry of one subject, newest first; for services that check their own permissions. */
    public List<ListEntry> entriesOf(long subjectId) {
        return mapper.findBySubject(subjectId);
    }

    /**
     * Whether the subject is on the serious-dishonesty list today: an entry in force (active, not past its end), the
     * same test the local credit source applies. For services that check their own permissions.
     */
    public boolean dishonestyListed(long subjectId) {
        LocalDate today = LocalDate.now(clock);
        return mapper.findBySubject(subjectId).stream()
                .anyMatch(e -> e.listType() == ListType.DISHONESTY && e.inForceOn(today));
    }

    /** One entry; for services that check their own permissions. */
    public ListEntry get(long entryId) {
        ListEntry entry = mapper.findById(entryId);
        if (entry == null) {
            throw new NotFoundException("listEntry", entryId);
        }
        return entry;
    }

    /**
     * Lists a subject at the end of a determination: published and in force for the tier's maximum period counted
     * from the document's date. The caller (the determination) checks the officer's permission and scope.
     */
    @Transactional
    public ListEntry list(NewListing listing) {
        Actor actor = guard.current();
        // Queues with a red list determination of the subject, so the red entry it made is seen and ended below.
        mapper.lockSubject(listing.subjectId());
        LocalDate today = LocalDate.now(clock);
        ListEntry entry = new ListEntry(0, ListType.DISHONESTY, listing.subjectId(), listing.tier(), listing.reason(),
                listing.basisType(), listing.basisNumber(), listing.basisIssuer(), listing.basisDate(),
                listing.departmentId(), listing.divisionCode(), today,
                listing.tier().publishedUntil(listing.basisDate()), listing.tier().inForceUntil(listing.basisDate()),
                ListStatus.ACTIVE, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.username(),
                listing.breachId(), false, null, null);
        GeneratedId id = new GeneratedId();
        mapper.insert(entry, id);
        grades.recompute(listing.subjectId());
        audit.record(actor, AuditActions.LISTING_CREATED, "listEntry", id.value(),
                listing.tier() + " " + listing.basisNumber());
        // A subject on the serious-dishonesty list is no longer eligible for the red list: it leaves it now.
        mapper.findBySubject(listing.subjectId()).stream()
                .filter(e -> e.listType() == ListType.RED && e.status() == ListStatus.ACTIVE)
                .forEach(e -> endRed(e.id(), ListEnding.INELIGIBLE, listing.basisNumber()));
        return get(id.value());
    }

    /**
     * Ends an entry: publication and sharing stop, and the subject is graded again. Ending an entry that already
     * ended changes nothing and returns false (a retried job, a repair racing the expiry timer).
     */
    @Transactional
    public boolean end(long entryId, ListEnding reason) {
        ListEntry entry = get(entryId);
        if (mapper.end(entryId, reason.status(), reason, LocalDate.now(clock)) == 0) {
            return false;
        }
        grades.recompute(entry.subjectId());
        audit.record(guard.current(), AuditActions.LISTING_ENDED, "listEntry", entryId, reason.name());
        return true;
    }

    /** Marks an entry as disputed while an objection about it is open, on every screen and in every answer. */
    @Transactional
    public void setDisputed(long entryId, boolean disputed) {
        if (mapper.setDisputed(entryId, disputed) == 0) {
            throw new NotFoundException("listEntry", entryId);
        }
    }

    /** Corrects an entry after an objection: the reason and the tier, whose periods are computed again. */
    @Transactional
    public ListEntry correct(long entryId, String reason, BreachTier tier) {
        ListEntry entry = get(entryId);
        BreachTier newTier = tier == null ? entry.tier() : tier;
        String newReason = reason == null || reason.isBlank() ? entry.reason() : reason.strip();
        mapper.correct(entryId, newReason, newTier, newTier.publishedUntil(entry.basisDate()),
                newTier.inForceUntil(entry.basisDate()));
        grades.recompute(entry.subjectId());
        audit.record(guard.current(), AuditActions.LISTING_CORRECTED, "listEntry", entryId,
                entry.tier() + " -> " + newTier);
        return get(entryId);
    }

    private ListEntryView view(ListingMapper.Row row) {
        ListEntry entry = new ListEntry(row.id(), ListType.valueOf(row.listType()), row.subjectId(),
                row.tier() == null ? null : BreachTier.valueOf(row.tier()), row.reason(),
                LegalBasisType.valueOf(row.basisType()), row.basisNumber(), row.basisIssuer(), row.basisDate(),
                row.departmentId(), row.divisionCode(), row.listedOn(), row.publishUntil(), row.expiresOn(),
                ListStatus.valueOf(row.status()), row.createdAt(), row.createdBy(), row.breachId(), row.disputed(),
                row.endedOn(), row.endReason());
        SubjectKind kind = SubjectKind.valueOf(row.subjectKind());
        String identifier = kind.usesUscc() ? row.uscc() : Masking.citizenId(row.citizenId());
        return new ListEntryView(entry, row.subjectName(), kind, identifier, departments.nameOf(row.departmentId()));
    }
}
