package cn.gov.ln.credit.integration.legaldocument;

import cn.gov.ln.credit.legaldocument.DocumentCheck;
import java.time.Instant;

/** The public answer about a paper; the details only when its number and code matched. */
record DocumentVerificationResponse(String outcome, String number, String title, String issuer, Instant issuedAt,
        String recipient, String caseNo, Instant revokedAt) {

    static DocumentVerificationResponse of(DocumentCheck check) {
        return new DocumentVerificationResponse(check.outcome().name(), check.number(), check.title(),
                check.issuer(), check.issuedAt(), check.recipient(), check.caseNo(), check.revokedAt());
    }
}
