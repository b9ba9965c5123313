package cn.gov.ln.credit.listing;

/** Filters of the officers' list screens; null means no filter. */
public record ListQuery(ListType listType, boolean inForceOnly, String text, BreachTier tier) {

    public ListQuery(ListType listType, boolean inForceOnly, String text) {
        this(listType, inForceOnly, text, null);
    }
}
