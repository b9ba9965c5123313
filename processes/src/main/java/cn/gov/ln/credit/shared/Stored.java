package cn.gov.ln.credit.shared;

/**
 * What a write under a caller's external reference answers: the record, and whether it was stored just now or
 * earlier by a request with the same content (a retry), so that an API can say 201 or 200.
 */
public record Stored<T>(T value, boolean replayed) {

    public static <T> Stored<T> created(T value) {
        return new Stored<>(value, false);
    }

    public static <T> Stored<T> replayed(T value) {
        return new Stored<>(value, true);
    }
}
