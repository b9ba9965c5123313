package cn.gov.ln.credit.redlist;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.incentive.IncentiveService;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.listing.NewRedListing;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.shared.Violations;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Red list determinations (守信激励名单认定): a credit officer puts a subject on the red list on a commendation or an
 * evaluation result, for a period and with publication until a date; the entry is pushed to the departments as a
 * joint incentive case. A subject on the serious-dishonesty list or with an open breach is not eligible. The entry
 * leaves the list when an officer removes it with a reason, or by itself when the subject is listed for serious
 * dishonesty ({@link ListingService#list}); either way its incentive case is withdrawn in the same transaction.
 */
@Service
public class RedListService {

    private final ListingService listings;
    private final IncentiveService incentives;
    private final SubjectService subjects;
    private final RedListMapper mapper;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AccessGuard guard;
    private final Clock clock;

    RedListService(ListingService listings, IncentiveService incentives, SubjectService subjects,
            RedListMapper mapper, AccountService accounts, NotificationService notifications, AccessGuard guard,
            Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.listings = listings;
        this.incentives = incentives;
        this.subjects = subjects;
        this.mapper = mapper;
        this.notifications = notifications;
        this.guard = guard;
    }

    /** Determines a red list entry and opens its incentive case; refused, naming the field, when not eligible. */
    @Transactional
    public ListEntry determine(RedListDetermination determination) {
        Actor actor = guard.require(Permissions.REDLIST_DETERMINE);
        if (actor.departmentId() == null) {
            throw new NotFoundException("department", actor.username());
        }
        Violations violations = Violations.of(determination);
        CreditSubject subject = subjects.subjectOf(actor, "identifier", determination.identifier(), violations);
        if (determination.basisType() != null && !determination.basisType().redListBasis()) {
            violations.add("basisType", "validation.redList.basisType");
        }
        LocalDate listedOn = determination.listedOn();
        if (listedOn != null && determination.basisDate() != null && listedOn.isBefore(determination.basisDate())) {
            violations.add("listedOn", "validation.redList.beforeBasis");
        }
        if (listedOn != null && determination.expiresOn() != null && !determination.expiresOn().isAfter(listedOn)) {
            violations.add("expiresOn", "validation.redList.expiresBeforeListed");
        } else if (determination.expiresOn() != null && determination.expiresOn().isBefore(LocalDate.now(clock))) {
            violations.add("expiresOn", "validation.redList.expiresInPast");
        }
        if (determination.publishUntil() != null && listedOn != null && determination.expiresOn() != null
                && (determination.publishUntil().isBefore(listedOn)
                        || determination.publishUntil().isAfter(determination.expiresOn()))) {
            violations.add("publishUntil", "validation.redList.publishOutsidePeriod");
        }
        if (subject != null) {
            // Queues with a concurrent determination or serious listing of the subject, so each sees the other.
            mapper.lockSubject(subject.id());
            eligibility(actor, subject, violations);
        }
        violations.throwIfAny();
        ListEntry entry = listings.listRed(new NewRedListing(subject.id(), determination.reason().strip(),
                determination.basisType(), determination.basisNumber().strip(), determination.basisIssuer().strip(),
                determination.basisDate(), actor.departmentId(), actor.divisionCode(), listedOn,
                determination.expiresOn(), determination.publishUntil()));
        incentives.initiate(entry.id(), actor.username());
        for (String account : accounts.accountsOfSubject(subject.id())) {
            notifications.notify(account, "notice.redList.listed", "my-credit", determination.basisNumber().strip(),
                    determination.expiresOn());
        }
        return entry;
    }

    /**
     * An officer removes a red entry of the division with the reason: publication stops and the incentive case is
     * withdrawn. Removing an entry that has ended changes nothing and returns false (a repeated click).
     */
    @Transactional
    public boolean remove(long entryId, String reason) {
        Actor actor = guard.require(Permissions.REDLIST_DETERMINE);
        ListEntry entry = listings.get(entryId);
        if (entry.listType() != ListType.RED || !actor.coversDivision(entry.divisionCode())) {
            throw new NotFoundException("redListEntry", entryId);
        }
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "validation.required");
        }
        if (reason.strip().length() > 512) {
            throw ValidationException.of("reason", "validation.tooLong", 512);
        }
        boolean ended = listings.endRed(entryId, ListEnding.REMOVED, reason.strip());
        if (ended) {
            accounts.accountsOfSubject(entry.subjectId()).forEach(account -> notifications.notify(account,
                    "notice.redList.removed", "my-credit", entry.basisNumber(), reason.strip()));
        }
        return ended;
    }

    private void eligibility(Actor actor, CreditSubject subject, Violations violations) {
        if (!actor.coversDivision(subject.divisionCode())) {
            violations.add("identifier", "validation.outOfScope");
        } else if (listings.dishonestyListed(subject.id())) {
            violations.add("identifier", "validation.redList.dishonestyListed");
        } else if (mapper.countOpenBreaches(subject.id()) > 0) {
            violations.add("identifier", "validation.redList.openBreach");
        } else if (listings.redListed(subject.id())) {
            violations.add("identifier", "validation.redList.alreadyListed");
        }
    }
}
