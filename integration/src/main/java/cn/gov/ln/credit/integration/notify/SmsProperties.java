package cn.gov.ln.credit.integration.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The provincial SMS gateway ({@code credit.sms.*}): its address (no address, no SMS), the key it knows this
 * system by, and how long and how often to try it.
 */
@ConfigurationProperties("credit.sms")
record SmsProperties(String url, String key,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("3") int attempts,
        @DefaultValue("300ms") Duration retryWait,
        @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("5") int minimumCalls,
        @DefaultValue("60s") Duration openFor) {

    @Override
    public String toString() {
        return "SmsProperties[url=" + url + ", key=" + (key == null ? "none" : "****") + "]";
    }
}
