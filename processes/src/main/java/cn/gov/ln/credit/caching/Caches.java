package cn.gov.ln.credit.caching;

import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/** Reads a configured cache by name; a name without configuration is a start-up error, not a silent new cache. */
public final class Caches {

    private Caches() {
    }

    public static Cache named(CacheManager manager, String name) {
        Cache cache = manager.getCache(name);
        if (cache == null) {
            throw new IllegalStateException("cache '" + name + "' is not configured under credit.caches.specs");
        }
        return cache;
    }

    /** The cached value, or the loaded one, kept only when there is one (a miss is asked again next time). */
    @SuppressWarnings("unchecked")
    public static <T> T get(Cache cache, Object key, Supplier<T> loader) {
        Cache.ValueWrapper known = cache.get(key);
        if (known != null) {
            return (T) known.get();
        }
        T loaded = loader.get();
        if (loaded != null) {
            cache.put(key, loaded);
        }
        return loaded;
    }
}
