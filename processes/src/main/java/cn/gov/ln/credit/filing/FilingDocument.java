package cn.gov.ln.credit.filing;

import java.time.Instant;

/** A paper uploaded for a filing; the bytes are read only when downloaded. */
public record FilingDocument(long id, long filingId, String paperName, String fileName, String contentType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
