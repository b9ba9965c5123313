package cn.gov.ln.credit.integration.api;

/** A request body over the API's limit, refused before more of it is read. */
class BodyTooLargeException extends RuntimeException {

    private final int limit;

    BodyTooLargeException(int limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    int limit() {
        return limit;
    }
}
