package cn.gov.ln.credit.caching;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache manager on Caffeine, with exactly the caches named in configuration, each with its own size and
 * expiry (a Caffeine spec such as {@code maximumSize=1,expireAfterWrite=5m}). Asking for a cache that is not
 * configured fails at start-up instead of creating an unbounded one. Null is never cached: a miss is asked again.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CachingConfiguration.CacheSpecs.class)
class CachingConfiguration {

    /** {@code credit.caches.specs.<name>}: the Caffeine spec of each cache. */
    @ConfigurationProperties("credit.caches")
    record CacheSpecs(Map<String, String> specs) {

        CacheSpecs {
            specs = specs == null ? Map.of() : Map.copyOf(specs);
        }
    }

    @Bean
    CacheManager cacheManager(CacheSpecs specs) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.setCacheNames(specs.specs().keySet());
        specs.specs().forEach((name, spec) -> manager.registerCustomCache(name,
                Caffeine.from(spec).recordStats().build()));
        return manager;
    }
}
