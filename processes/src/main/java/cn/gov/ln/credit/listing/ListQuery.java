package cn.gov.ln.credit.listing;

/** Filters of the list screens; null means no filter. {@code inForceOnly} hides lifted and expired entries. */
public record ListQuery(ListType listType, boolean inForceOnly, String text) {
}
