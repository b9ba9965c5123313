package cn.gov.ln.credit.audit;

import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.division.DivisionLevel;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit trail: who did what, when, to which record, from where. Entries are only ever appended, each
 * chained to the one before, so a changed or deleted entry breaks the chain. Nothing here updates or deletes.
 */
@Service
public class AuditService {

    public static final Sort<AuditSortKey> NEWEST_FIRST = Sort.descending(AuditSortKey.TIME);
    private static final int VERIFY_BATCH = 1000;

    private final AuditMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    AuditService(AuditMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    /** Records within the caller's transaction: the entry exists only if the action it describes commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        record(AuditEntry.of(actor, action, targetType, targetId, detail, clientAddress()));
    }

    /**
     * Records an entry prepared by the caller, within the caller's transaction. The entry joins the chain when the
     * transaction commits: the chain's head is locked for the last statements only, not for the rest of the
     * caller's work (a credit check job held it through the routing decision and the engine's flush, and every
     * other audited transaction waited).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        pending().entries.add(entry);
    }

    /** Records in a transaction of its own, for events that must stay even when the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEvent recordIndependently(AuditEntry entry) {
        return append(entry);
    }

    private AuditEvent append(AuditEntry entry) {
        return append(List.of(entry)).get(0);
    }

    private List<AuditEvent> append(List<AuditEntry> entries) {
        AuditMapper.ChainHead head = mapper.lockHead();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        long lastId = head.lastId();
        String lastHash = head.lastHash();
        List<AuditEvent> sealed = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            AuditEvent unsealed = new AuditEvent(lastId + 1, now, entry.actor(), entry.departmentId(),
                    entry.divisionCode(), entry.action(), entry.targetType(), entry.targetId(), entry.detail(),
                    entry.clientAddress(), lastHash, null);
            AuditEvent event = withHash(unsealed, AuditHashing.hash(unsealed));
            mapper.insert(event);
            sealed.add(event);
            lastId = event.id();
            lastHash = event.hash();
        }
        mapper.moveHead(lastId, lastHash);
        return sealed;
    }

    /** The entries of the current transaction; each transaction (a suspended outer one too) has its own. */
    private PendingEntries pending() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof PendingEntries entries && entries.owner == this) {
                return entries;
            }
        }
        PendingEntries entries = new PendingEntries(this);
        TransactionSynchronizationManager.registerSynchronization(entries);
        return entries;
    }

    /** Compared by identity: Spring keeps synchronizations in a set, and the list grows after registration. */
    private static final class PendingEntries implements TransactionSynchronization {
        private final AuditService owner;
        private final List<AuditEntry> entries = new ArrayList<>();

        PendingEntries(AuditService owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!entries.isEmpty()) {
                owner.append(entries);
            }
        }
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query, PageRequest page) {
        return search(query, NEWEST_FIRST, page);
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditQuery query, Sort<AuditSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.AUDIT_READ);
        return mapper.search(actor.scopePrefix() + "%", isProvince(actor), query.actor(), query.action(), query.from(),
                query.to(), sort, page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        Actor actor = guard.require(Permissions.AUDIT_READ);
        return mapper.count(actor.scopePrefix() + "%", isProvince(actor), query.actor(), query.action(), query.from(),
                query.to());
    }

    /** Re-computes every hash in order and reports the first entry that does not match. */
    @Transactional(readOnly = true)
    public ChainVerification verifyChain() {
        guard.require(Permissions.AUDIT_READ);
        String previousHash = AuditHashing.GENESIS;
        long expectedId = 1;
        long checked = 0;
        List<AuditEvent> batch = mapper.findAfter(0, VERIFY_BATCH);
        while (!batch.isEmpty()) {
            for (AuditEvent event : batch) {
                if (event.id() != expectedId) {
                    return new ChainVerification(checked, expectedId, "missing");
                }
                if (!event.prevHash().equals(previousHash)) {
                    return new ChainVerification(checked, event.id(), "previousHash");
                }
                if (!AuditHashing.hash(event).equals(event.hash())) {
                    return new ChainVerification(checked, event.id(), "hash");
                }
                previousHash = event.hash();
                expectedId++;
                checked++;
            }
            batch = mapper.findAfter(expectedId - 1, VERIFY_BATCH);
        }
        AuditMapper.ChainHead head = mapper.findHead();
        if (head.lastId() != expectedId - 1 || !head.lastHash().equals(previousHash)) {
            return new ChainVerification(checked, expectedId, "missing");
        }
        return new ChainVerification(checked, null, null);
    }

    private static boolean isProvince(Actor actor) {
        return DivisionCodes.levelOf(actor.divisionCode()) == DivisionLevel.PROVINCE;
    }

    /** The caller's address as the web tier saw it (Shiro keeps it on the subject). */
    public static String clientAddress() {
        Subject subject = ThreadContext.getSubject();
        if (subject instanceof org.apache.shiro.subject.support.DelegatingSubject delegating) {
            return delegating.getHost();
        }
        return null;
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.id(), e.occurredAt(), e.actor(), e.departmentId(), e.divisionCode(), e.action(),
                e.targetType(), e.targetId(), e.detail(), e.clientAddress(), e.prevHash(), hash);
    }
}
