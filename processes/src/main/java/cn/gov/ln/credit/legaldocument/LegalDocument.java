package cn.gov.ln.credit.legaldocument;

import java.time.Instant;

/**
 * An issued paper (文书) as stored: its number, what it is, the case and addressee, the fields it was filled
 * with (canonical JSON), the hash those make and the platform's SM2 signature over it, the hash of the PDF, the
 * verification code, and what happened to it since: opened online, handed over on paper, revoked.
 */
public record LegalDocument(long id, String number, LegalDocumentType type, int templateVersion, CaseType caseType,
        long caseId, String caseNo, String occurrence, long departmentId, Long subjectId, String recipientName,
        boolean naturalPerson, String fields, String contentHash, String fileHash, String sealKeyId,
        String signature, String verificationCode, Instant issuedAt, String issuedBy, Instant openedAt,
        String openedBy, Instant handedOverAt, String handedOverBy, Long receiptDocumentId, Instant revokedAt,
        String revokedBy, String revocationReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean delivered() {
        return openedAt != null || handedOverAt != null;
    }

    /** An ASCII file name, so no proxy or filter trips over it. */
    public String fileName() {
        return "document-" + id + ".pdf";
    }
}
