package cn.gov.ln.credit.pledge;

import cn.gov.ln.credit.seal.Seal;
import cn.gov.ln.credit.seal.SealService;
import cn.gov.ln.credit.seal.Sm3;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * The tamper-evident registry. Each signing and each later event is an entry whose hash covers the record as
 * stored and the previous entry's hash, sealed with the platform's SM2 key. A changed byte, a deleted row or a
 * forged hash breaks the chain at that entry; a forger without the key cannot re-seal it.
 */
@Component
class PledgeRegistry {

    static final String GENESIS = "0".repeat(64);
    private static final int BATCH = 1000;

    private final PledgeMapper mapper;
    private final SealService seal;
    private final Clock clock;

    PledgeRegistry(PledgeMapper mapper, SealService seal, Clock clock) {
        this.mapper = mapper;
        this.seal = seal;
        this.clock = clock;
    }

    /** Locks the chain head for the rest of the transaction; entries are appended after it. */
    PledgeMapper.LedgerHead lock() {
        return mapper.lockHead();
    }

    PledgeMapper.LedgerHead append(PledgeMapper.LedgerHead head, long pledgeId, Long eventId, String contentHash) {
        long seq = head.lastSeq() + 1;
        String entryHash = Sm3.hex(Canonical.entry(head.lastHash(), seq, contentHash));
        Seal sealed = seal.sign(entryHash.getBytes(StandardCharsets.UTF_8));
        mapper.insertEntry(new LedgerEntry(seq, pledgeId, eventId, entryHash, head.lastHash(), sealed.signature(),
                sealed.keyId(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
        mapper.moveHead(seq, entryHash);
        return new PledgeMapper.LedgerHead(seq, entryHash);
    }

    static String contentHash(Pledge pledge) {
        return Sm3.hex(Canonical.of(pledge));
    }

    static String contentHash(PledgeEvent event, Pledge pledge) {
        return Sm3.hex(Canonical.of(event, pledge.recordCode()));
    }

    /** Checks one signed pledge: its record, its signing entry, that entry's seal and its two neighbours. */
    String check(Pledge pledge) {
        LedgerEntry entry = mapper.findSigningEntry(pledge.id());
        if (entry == null) {
            return "missing";
        }
        String content = contentHash(pledge);
        if (!content.equals(pledge.letterHash())) {
            return "content";
        }
        String problem = checkEntry(entry, content);
        if (problem != null) {
            return problem;
        }
        String expectedPrevious = entry.seq() == 1 ? GENESIS
                : java.util.Optional.ofNullable(mapper.findEntry(entry.seq() - 1)).map(LedgerEntry::entryHash)
                        .orElse(null);
        if (!entry.previousHash().equals(expectedPrevious)) {
            return "link";
        }
        LedgerEntry next = mapper.findEntry(entry.seq() + 1);
        if (next != null && !next.previousHash().equals(entry.entryHash())) {
            return "link";
        }
        return statusProblem(pledge, mapper.findEvents(pledge.id()));
    }

    /**
     * Walks the whole chain in order and reports the first entry that does not hold. The hashes and seals of a
     * batch are checked on all cores (each entry on its own); the links and the order are checked in sequence.
     */
    ChainReport verify() {
        long started = System.nanoTime();
        String previous = GENESIS;
        long expected = 1;
        List<LedgerEntry> batch = mapper.findEntriesAfter(0, BATCH);
        while (!batch.isEmpty()) {
            Set<Long> pledgeIds = batch.stream().map(LedgerEntry::pledgeId).collect(Collectors.toSet());
            Map<Long, Pledge> pledges = mapper.findByIds(pledgeIds).stream()
                    .collect(Collectors.toMap(Pledge::id, Function.identity()));
            List<PledgeEvent> batchEvents = mapper.findEventsByPledgeIds(pledgeIds);
            Map<Long, PledgeEvent> events = batchEvents.stream()
                    .collect(Collectors.toMap(PledgeEvent::id, Function.identity()));
            Map<Long, List<PledgeEvent>> eventsByPledge = batchEvents.stream()
                    .collect(Collectors.groupingBy(PledgeEvent::pledgeId));
            List<LedgerEntry> entries = batch;
            String[] problems = IntStream.range(0, entries.size()).parallel().mapToObj(i -> {
                Pledge pledge = pledges.get(entries.get(i).pledgeId());
                return pledge == null ? "missing" : checkStored(entries.get(i), pledge, events);
            }).toArray(String[]::new);
            for (int i = 0; i < entries.size(); i++) {
                LedgerEntry entry = entries.get(i);
                Pledge pledge = pledges.get(entry.pledgeId());
                String code = pledge == null ? null : pledge.recordCode();
                if (entry.seq() != expected) {
                    return broken(expected, code, "gap", started);
                }
                if (!entry.previousHash().equals(previous)) {
                    return broken(entry.seq(), code, "link", started);
                }
                String problem = problems[i];
                if (problem != null) {
                    return broken(entry.seq(), code, problem, started);
                }
                previous = entry.entryHash();
                expected++;
            }
            String statusProblem = statusProblems(batch, pledges, eventsByPledge);
            if (statusProblem != null) {
                return broken(Long.parseLong(statusProblem.split(" ")[0]), statusProblem.split(" ")[1], "status",
                        started);
            }
            batch = mapper.findEntriesAfter(expected - 1, BATCH);
        }
        PledgeMapper.LedgerHead head = mapper.findHead();
        if (head.lastSeq() != expected - 1 || !head.lastHash().equals(previous)) {
            return broken(expected, null, "head", started);
        }
        return new ChainReport(expected - 1, null, null, null, (System.nanoTime() - started) / 1_000_000);
    }

    private String checkStored(LedgerEntry entry, Pledge pledge, Map<Long, PledgeEvent> events) {
        String content;
        if (entry.eventId() == null) {
            content = contentHash(pledge);
            if (!content.equals(pledge.letterHash())) {
                return "content";
            }
        } else {
            PledgeEvent event = events.get(entry.eventId());
            if (event == null || event.pledgeId() != pledge.id()) {
                return "missing";
            }
            content = contentHash(event, pledge);
        }
        return checkEntry(entry, content);
    }

    private String checkEntry(LedgerEntry entry, String content) {
        if (!Sm3.hex(Canonical.entry(entry.previousHash(), entry.seq(), content)).equals(entry.entryHash())) {
            return "content";
        }
        if (!seal.verify(entry.sealKeyId(), entry.entryHash().getBytes(StandardCharsets.UTF_8), entry.signature())) {
            return "signature";
        }
        return null;
    }

    /** The mirrored status of each pledge signed in this batch must follow from its events. */
    private static String statusProblems(List<LedgerEntry> batch, Map<Long, Pledge> pledges,
            Map<Long, List<PledgeEvent>> eventsByPledge) {
        for (LedgerEntry entry : batch) {
            if (entry.eventId() == null) {
                Pledge pledge = pledges.get(entry.pledgeId());
                if (statusProblem(pledge, eventsByPledge.getOrDefault(entry.pledgeId(), List.of())) != null) {
                    return entry.seq() + " " + pledge.recordCode();
                }
            }
        }
        return null;
    }

    private static String statusProblem(Pledge pledge, List<PledgeEvent> events) {
        PledgeStatus status = PledgeStatus.SIGNED;
        FulfillmentStatus fulfillment = null;
        for (PledgeEvent event : events) {
            switch (event.eventType()) {
                case WITHDRAWN -> status = PledgeStatus.WITHDRAWN;
                case SUPERSEDED -> status = PledgeStatus.SUPERSEDED;
                case FULFILLMENT_DETERMINED -> fulfillment = event.fulfillmentStatus();
                default -> {
                }
            }
        }
        return status == pledge.status() && fulfillment == pledge.fulfillmentStatus() ? null : "status";
    }

    private static ChainReport broken(long seq, String code, String reason, long started) {
        return new ChainReport(seq - 1, seq, code, reason, (System.nanoTime() - started) / 1_000_000);
    }
}
