package cn.gov.ln.credit.modeladmin;

import java.time.Instant;

/** One save of a draft: who changed what and when, kept. */
public record ModelRevision(long id, long draftId, int revisionNo, String content, String savedBy, Instant savedAt) {
}
