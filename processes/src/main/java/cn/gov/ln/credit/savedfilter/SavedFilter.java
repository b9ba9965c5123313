package cn.gov.ln.credit.savedfilter;

import java.time.Instant;

/** A user's named filter of one list, kept as the list's URL query string. */
public record SavedFilter(long id, String username, String listRoute, String name, String queryString,
        Instant createdAt) {
}
