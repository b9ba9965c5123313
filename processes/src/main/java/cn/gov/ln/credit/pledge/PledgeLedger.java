package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * What every change of a pledge shares, for {@link PledgeService} and {@link PledgeFulfilment}. The registry head
 * is locked before the pledge row, always in that order, so changes serialise and cannot deadlock. Every fact after
 * the signing is a new event with its own sealed registry entry: the signed record never changes.
 */
@Component
class PledgeLedger {

    private final PledgeMapper mapper;
    private final PledgeRegistry registry;

    PledgeLedger(PledgeMapper mapper, PledgeRegistry registry) {
        this.mapper = mapper;
        this.registry = registry;
    }

    /** The locked registry head and the locked pledge of one change. */
    record Locked(PledgeMapper.LedgerHead head, Pledge pledge) {
    }

    /**
     * Locks the registry head, then the pledge with this record code. A pledge the caller may not change is, to
     * them, not there.
     */
    Locked lockByCode(String code, Predicate<Pledge> mayChange) {
        PledgeMapper.LedgerHead head = registry.lock();
        Pledge pledge = mapper.lockByCode(code);
        if (pledge == null || !mayChange.test(pledge)) {
            throw new NotFoundException("pledge", code);
        }
        return new Locked(head, pledge);
    }

    /** As {@link #lockByCode}, for a draft by its draft reference. */
    Locked lockByDraftRef(String draftRef, Predicate<Pledge> mayChange) {
        PledgeMapper.LedgerHead head = registry.lock();
        Pledge draft = mapper.lockByDraftRef(draftRef);
        if (draft == null || !mayChange.test(draft)) {
            throw new NotFoundException("pledge", draftRef);
        }
        return new Locked(head, draft);
    }

    /** Appends the signing entry of a pledge just signed, over its content hash; returns the new head. */
    PledgeMapper.LedgerHead appendSigning(PledgeMapper.LedgerHead head, Pledge signed) {
        return registry.append(head, signed.id(), null, signed.letterHash());
    }

    /** Stores the event and appends its sealed entry, over the event as stored; returns the new head. */
    PledgeMapper.LedgerHead appendEvent(PledgeMapper.LedgerHead head, Pledge pledge, PledgeEvent event) {
        GeneratedId id = new GeneratedId();
        mapper.insertEvent(event, id);
        PledgeEvent stored = new PledgeEvent(id.value(), event.pledgeId(), event.eventType(), event.fulfillmentStatus(),
                event.unfulfilledContent(), event.actionTaken(), event.determinationDate(), event.determiningUnit(),
                event.determiningUscc(), event.note(), event.relatedCode(), event.occurredAt(), event.actor());
        return registry.append(head, pledge.id(), id.value(), PledgeRegistry.contentHash(stored, pledge));
    }
}
