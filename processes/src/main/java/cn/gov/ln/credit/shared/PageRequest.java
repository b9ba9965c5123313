package cn.gov.ln.credit.shared;

/** A window of a result list; queries never load more than one page. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
