package cn.gov.ln.credit.integration.creditsource;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where credit checks ask: {@code credit.source.kind} is {@code local} (the province's own credit database, the
 * default) or {@code platform} (the provincial credit platform over HTTP, at {@code credit.source.platform.url}).
 */
@ConfigurationProperties("credit.source")
record CreditSourceProperties(@DefaultValue("local") String kind, @DefaultValue Platform platform) {

    /** The provincial platform's address and credentials, and how long and how often to try it. */
    record Platform(String url, String appId, String appSecret,
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("3") int attempts,
            @DefaultValue("300ms") Duration retryWait,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("30s") Duration openFor) {
    }
}
