package cn.gov.ln.credit.shared;

import java.util.Objects;

/**
 * The order of a list by one of its whitelisted keys. Each list has its own key enum, which its mapper XML turns
 * into SQL, so nothing a user sends reaches an ORDER BY; rows tie-break by id in the same direction.
 */
public record Sort<K extends Enum<K>>(K key, boolean descending) {

    public Sort {
        Objects.requireNonNull(key, "key");
    }

    public static <K extends Enum<K>> Sort<K> ascending(K key) {
        return new Sort<>(key, false);
    }

    public static <K extends Enum<K>> Sort<K> descending(K key) {
        return new Sort<>(key, true);
    }
}
