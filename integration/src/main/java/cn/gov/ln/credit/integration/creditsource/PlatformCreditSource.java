package cn.gov.ln.credit.integration.creditsource;

import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.creditcheck.CreditSource;
import cn.gov.ln.credit.creditcheck.CreditSourceUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The provincial credit platform over HTTP. Each call has a connect and a read timeout; timeouts and server
 * errors are retried a few times with growing waits; a run of failures opens a circuit breaker so a platform
 * outage fails checks at once instead of tying up every worker. A failure is never an empty answer: the check
 * fails and the filing's job waits for its next retry. 404 means the platform does not know the subject.
 */
class PlatformCreditSource implements CreditSource {

    static final String NAME = "PROVINCIAL_PLATFORM";

    private final RestClient client;
    private final Retry retry;
    private final CircuitBreaker breaker;

    PlatformCreditSource(CreditSourceProperties.Platform platform) {
        if (platform.url() == null || platform.url().isBlank()) {
            throw new IllegalStateException("credit.source.platform.url is required when credit.source.kind=platform");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(platform.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(platform.readTimeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(platform.url()).requestFactory(requests)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        if (platform.appId() != null && !platform.appId().isBlank()) {
            String secret = platform.appSecret() == null ? "" : platform.appSecret();
            builder.defaultHeaders(headers -> headers.setBasicAuth(platform.appId(), secret, StandardCharsets.UTF_8));
        }
        this.client = builder.build();
        this.retry = Retry.of(NAME, RetryConfig.custom().maxAttempts(Math.max(1, platform.attempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(platform.retryWait(), 2))
                .retryOnException(PlatformCreditSource::transient_).build());
        this.breaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
                .failureRateThreshold(platform.failureRateThreshold())
                .minimumNumberOfCalls(Math.max(1, platform.minimumCalls()))
                .slidingWindowSize(Math.max(platform.minimumCalls(), 20))
                .waitDurationInOpenState(platform.openFor()).permittedNumberOfCallsInHalfOpenState(1)
                .recordException(PlatformCreditSource::transient_).build());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CreditFacts lookup(String identifier) {
        Supplier<CreditFacts> call = CircuitBreaker.decorateSupplier(breaker, () -> fetch(identifier));
        try {
            return Retry.decorateSupplier(retry, call).get();
        } catch (CallNotPermittedException e) {
            throw new CreditSourceUnavailableException("the provincial credit platform is failing; circuit open", e);
        } catch (ResourceAccessException e) {
            throw new CreditSourceUnavailableException("the provincial credit platform did not answer in time", e);
        } catch (RestClientResponseException e) {
            throw new CreditSourceUnavailableException("the provincial credit platform answered "
                    + e.getStatusCode().value(), e);
        }
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private CreditFacts fetch(String identifier) {
        return client.get().uri("/v1/credit-reports/{identifier}", identifier)
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (status.value() == 404) {
                        return CreditFacts.unknown();
                    }
                    if (!status.is2xxSuccessful()) {
                        throw new RestClientResponseException("credit platform", status, status.toString(),
                                response.getHeaders(), null, null);
                    }
                    PlatformReport report = response.bodyTo(PlatformReport.class);
                    if (report == null) {
                        throw new RestClientResponseException("empty credit report", status, status.toString(),
                                response.getHeaders(), null, null);
                    }
                    return report.facts();
                });
    }

    /** Timeouts, refused connections and server errors may pass; a 4xx from the platform will not. */
    private static boolean transient_(Throwable error) {
        if (error instanceof RestClientResponseException response) {
            return response.getStatusCode().is5xxServerError() || response.getStatusCode().value() == 429;
        }
        return error instanceof ResourceAccessException;
    }
}
