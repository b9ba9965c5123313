package cn.gov.ln.credit.document;

import java.time.Instant;

/**
 * A file a case rests on: the legal document of a breach determination, the proof of fulfilment of a repair. The
 * owner ({@code ownerType}, {@code ownerId}) decides who may read it.
 */
public record CaseDocument(long id, String ownerType, long ownerId, String purpose, String fileName,
        String contentType, long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
