package cn.gov.ln.credit.integration.creditsource;

import cn.gov.ln.credit.creditcheck.CreditSource;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the credit source the checks ask, by {@code credit.source.kind}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CreditSourceProperties.class)
class CreditSourceConfiguration {

    @Bean
    CreditSource creditSource(CreditSourceProperties properties, LocalCreditMapper local, Clock clock) {
        return switch (properties.kind().strip().toLowerCase(Locale.ROOT)) {
            case "local" -> new LocalCreditSource(local, clock);
            case "platform" -> new PlatformCreditSource(properties.platform());
            default -> throw new IllegalStateException("credit.source.kind must be local or platform, not "
                    + properties.kind());
        };
    }
}
