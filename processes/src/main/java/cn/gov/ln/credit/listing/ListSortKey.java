package cn.gov.ln.credit.listing;

/** The columns the list screen sorts by; {@code ListingMapper.xml} holds the SQL of each. */
public enum ListSortKey {
    SUBJECT, TIER, LISTED_ON, EXPIRES_ON, STATUS
}
