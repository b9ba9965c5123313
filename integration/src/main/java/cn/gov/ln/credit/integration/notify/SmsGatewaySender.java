package cn.gov.ln.credit.integration.notify;

import cn.gov.ln.credit.notification.ChannelSender;
import cn.gov.ln.credit.notification.DeliveryFailedException;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.OutgoingMessage;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The provincial SMS gateway over HTTP ({@code POST <url>} with the mobile number, the text and the delivery's id
 * as request id, the key in the {@code X-Api-Key} header), made like the credit platform's client: timeouts,
 * a few retries with growing waits for timeouts and server errors, and a circuit breaker so an outage fails
 * deliveries at once (the outbox tries them again later). The key is sent, never logged nor put in an error.
 */
class SmsGatewaySender implements ChannelSender {

    static final String NAME = "SMS_GATEWAY";

    private final RestClient client;
    private final Retry retry;
    private final CircuitBreaker breaker;

    SmsGatewaySender(SmsProperties sms) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(sms.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(sms.readTimeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(sms.url()).requestFactory(requests)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        if (sms.key() != null && !sms.key().isBlank()) {
            builder.defaultHeader("X-Api-Key", sms.key());
        }
        this.client = builder.build();
        this.retry = Retry.of(NAME, RetryConfig.custom().maxAttempts(Math.max(1, sms.attempts()))
                .intervalFunction(IntervalFunction.ofExponentialBackoff(sms.retryWait(), 2))
                .retryOnException(SmsGatewaySender::transient_).build());
        this.breaker = CircuitBreaker.of(NAME, CircuitBreakerConfig.custom()
                .failureRateThreshold(sms.failureRateThreshold())
                .minimumNumberOfCalls(Math.max(1, sms.minimumCalls()))
                .slidingWindowSize(Math.max(sms.minimumCalls(), 20))
                .waitDurationInOpenState(sms.openFor()).permittedNumberOfCallsInHalfOpenState(1)
                .recordException(SmsGatewaySender::transient_).build());
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public void send(OutgoingMessage message) {
        Runnable call = CircuitBreaker.decorateRunnable(breaker, () -> post(message));
        try {
            Retry.decorateRunnable(retry, call).run();
        } catch (CallNotPermittedException e) {
            throw new DeliveryFailedException("the SMS gateway is failing; circuit open", false, null);
        } catch (ResourceAccessException e) {
            throw new DeliveryFailedException("the SMS gateway did not answer in time", false, null);
        } catch (RestClientResponseException e) {
            throw new DeliveryFailedException("the SMS gateway answered " + e.getStatusCode().value(),
                    !transient_(e), null);
        }
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private void post(OutgoingMessage message) {
        client.post().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("mobile", message.address(), "content", message.body(),
                        "requestId", "credit-" + message.deliveryId()))
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (!status.is2xxSuccessful()) {
                        throw new RestClientResponseException("SMS gateway", status, status.toString(), null, null,
                                null);
                    }
                    return null;
                });
    }

    /** Timeouts, refused connections, server errors and 429 may pass; any other refusal will not. */
    private static boolean transient_(Throwable error) {
        if (error instanceof RestClientResponseException response) {
            return response.getStatusCode().is5xxServerError() || response.getStatusCode().value() == 429;
        }
        return error instanceof ResourceAccessException;
    }
}
