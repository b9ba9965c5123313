package cn.gov.ln.credit.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;

class CachingConfigurationTest {

    final CacheManager manager = new CachingConfiguration().cacheManager(new CachingConfiguration.CacheSpecs(Map.of(
            "matters", "maximumSize=1,expireAfterWrite=5m", "taskForms", "maximumSize=2")));

    @Test
    void onlyConfiguredCachesExistEachWithItsOwnSpec() {
        assertThat(manager.getCacheNames()).containsExactlyInAnyOrder("matters", "taskForms");
        assertThatThrownBy(() -> Caches.named(manager, "unconfigured")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credit.caches.specs");
        Cache<Object, Object> forms = ((CaffeineCache) Caches.named(manager, "taskForms")).getNativeCache();
        assertThat(forms.policy().eviction().orElseThrow().getMaximum()).isEqualTo(2);
        Cache<Object, Object> matters = ((CaffeineCache) Caches.named(manager, "matters")).getNativeCache();
        assertThat(matters.policy().expireAfterWrite().orElseThrow().getExpiresAfter())
                .isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void aValueIsLoadedOnceAndAMissIsAskedAgain() {
        org.springframework.cache.Cache cache = Caches.named(manager, "taskForms");
        AtomicInteger loads = new AtomicInteger();
        assertThat(Caches.get(cache, "a", () -> "A" + loads.incrementAndGet())).isEqualTo("A1");
        assertThat(Caches.get(cache, "a", () -> "A" + loads.incrementAndGet())).isEqualTo("A1");
        assertThat(Caches.<String>get(cache, "missing", () -> null)).isNull();
        assertThat(Caches.get(cache, "missing", () -> "found later")).isEqualTo("found later");
        cache.clear();
        assertThat(Caches.get(cache, "a", () -> "A" + loads.incrementAndGet())).isEqualTo("A2");
    }
}
