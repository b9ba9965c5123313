package cn.gov.ln.credit.legaldocument;

import java.time.Instant;

/**
 * The answer to "is this paper genuine?" for anyone holding it: valid, revoked, or not verified. A wrong code and
 * a number that does not exist give the same answer, so numbers cannot be probed; only a verified paper shows its
 * public summary (a natural person's name masked).
 */
public record DocumentCheck(Outcome outcome, String number, String title, String issuer, Instant issuedAt,
        String recipient, String caseNo, Instant revokedAt) {

    public enum Outcome {
        VALID, REVOKED, NOT_VERIFIED
    }

    static DocumentCheck notVerified() {
        return new DocumentCheck(Outcome.NOT_VERIFIED, null, null, null, null, null, null, null);
    }
}
