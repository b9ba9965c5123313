package cn.gov.ln.credit.pledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer to "is this pledge letter authentic and current?". Details are given only when the letter's
 * verification code (or hash) matches, so a record code alone reveals nothing.
 */
public record Verification(String recordCode, Outcome outcome, PledgeStatus status, String supersededBy,
        FulfillmentStatus fulfillmentStatus, String pledgerName, PledgerCategory pledgerCategory,
        String acceptingUnitName, String matterName, Instant signedAt, LocalDate validUntil) {

    public enum Outcome {
        /** The record exists, its letter hash matches, and its registry entry and seal hold. */
        AUTHENTIC,
        /** No signed pledge has this record code, or (checked by verification code) that code is not its code. */
        NOT_FOUND,
        /** The hash given is not the one registered for this record code (most often mistyped). */
        HASH_MISMATCH,
        /** The stored record no longer matches its sealed registry entry. */
        TAMPERED
    }

    static Verification bare(String code, Outcome outcome) {
        return new Verification(code, outcome, null, null, null, null, null, null, null, null, null);
    }

    public boolean current() {
        return outcome == Outcome.AUTHENTIC && status == PledgeStatus.SIGNED;
    }

    /** A signed pledge whose period of validity ended before {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return status == PledgeStatus.SIGNED && validUntil != null && validUntil.isBefore(today);
    }

    /** Authentic, signed, not superseded or withdrawn, and within its period of validity: it may be relied on. */
    public boolean inForceOn(LocalDate today) {
        return current() && !expiredOn(today);
    }
}
