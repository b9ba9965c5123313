package cn.gov.ln.credit.pledge;

import java.time.Instant;

/** One link of the registry chain: it seals a signing ({@code eventId} null) or an event. */
public record LedgerEntry(long seq, long pledgeId, Long eventId, String entryHash, String previousHash,
        String signature, String sealKeyId, Instant recordedAt) {
}
