package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyService;
import cn.gov.ln.credit.security.AccessGuard;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a listing before its time (a granted repair, an objection that revokes it) so that the lifting reaches the
 * departments the same way as at expiry: the determination process waiting on the listing is told, and it pushes
 * the lifting; a listing without a waiting process gets its lifting pushed here.
 */
@Service
public class ListingLifecycle {

    public static final String MESSAGE_ENDED = "ListingEnded";

    private final ListingService listings;
    private final BreachMapper breaches;
    private final PenaltyService penalties;
    private final RuntimeService runtime;
    private final AccessGuard guard;

    ListingLifecycle(ListingService listings, BreachMapper breaches, PenaltyService penalties, RuntimeService runtime,
            AccessGuard guard) {
        this.listings = listings;
        this.breaches = breaches;
        this.penalties = penalties;
        this.runtime = runtime;
        this.guard = guard;
    }

    /** Ends the entry for the reason; returns false when it had already ended. */
    @Transactional
    public boolean end(long entryId, ListEnding reason) {
        if (!listings.end(entryId, reason)) {
            return false;
        }
        ListEntry entry = listings.get(entryId);
        Breach breach = entry.breachId() == null ? null : breaches.findById(entry.breachId());
        boolean told = breach != null && breach.caseNo() != null && !runtime.createMessageCorrelation(MESSAGE_ENDED)
                .processInstanceBusinessKey(breach.caseNo()).correlateAllWithResult().isEmpty();
        if (!told) {
            penalties.initiate(entryId, PenaltyAction.LIFT, guard.current().username());
        }
        return true;
    }
}
