package cn.gov.ln.credit.subject;

import java.time.Instant;

/** A USCC that fails its check but is a legal early code, accepted on an administrator's word. */
public record AllowListEntry(String uscc, String reason, String addedBy, Instant addedAt) {
}
