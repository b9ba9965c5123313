package cn.gov.ln.credit.integration.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.notification.DeliveryFailedException;
import cn.gov.ln.credit.notification.NotificationChannel;
import cn.gov.ln.credit.notification.OutgoingMessage;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMS adapter over real HTTP against a stand-in gateway on a local port. */
class SmsGatewaySenderTest {

    static final String KEY = "sms-secret-4711";

    final StandInSmsGateway gateway = new StandInSmsGateway();

    @AfterEach
    void stop() {
        gateway.close();
    }

    SmsGatewaySender sender() {
        return new SmsGatewaySender(new SmsProperties(gateway.url(), KEY, Duration.ofSeconds(1),
                Duration.ofSeconds(2), 3, Duration.ofMillis(20), 50, 3, Duration.ofMinutes(1)));
    }

    static OutgoingMessage sms(long id) {
        return new OutgoingMessage(id, NotificationChannel.SMS, "13800138000", null, "您有一条新的信用通知：办理结果");
    }

    @Test
    void aMessageReachesTheGatewayWithTheKeyAndTheDeliveryAsRequestId() {
        sender().send(sms(41));

        assertThat(gateway.accepted).singleElement().satisfies(s -> {
            assertThat(s.mobile()).isEqualTo("13800138000");
            assertThat(s.content()).isEqualTo("您有一条新的信用通知：办理结果");
            assertThat(s.requestId()).isEqualTo("credit-41");
            assertThat(s.key()).isEqualTo(KEY);
        });
    }

    @Test
    void aServerErrorIsRetriedThenSent() {
        gateway.failures.add(503);
        gateway.failures.add(500);

        sender().send(sms(42));

        assertThat(gateway.hits).hasValue(3);
        assertThat(gateway.accepted).extracting(StandInSmsGateway.Sms::requestId).containsExactly("credit-42");
    }

    @Test
    void aRefusalIsPermanentAndNotRetried() {
        gateway.failures.add(400);

        assertThatThrownBy(() -> sender().send(sms(43))).isInstanceOfSatisfying(DeliveryFailedException.class,
                e -> assertThat(e.permanent()).isTrue());
        assertThat(gateway.hits).hasValue(1);
    }

    @Test
    void aGatewayThatIsDownOpensTheBreakerAndTheKeyIsInNoError() {
        gateway.down = true;
        SmsGatewaySender sender = sender();

        for (int i = 0; i < 2; i++) {
            long id = 50 + i;
            assertThatThrownBy(() -> sender.send(sms(id))).isInstanceOfSatisfying(DeliveryFailedException.class,
                    e -> {
                        assertThat(e.permanent()).isFalse();
                        assertThat(e.getMessage()).doesNotContain(KEY);
                    });
        }
        assertThat(sender.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        int hits = gateway.hits.get();
        gateway.down = false;
        assertThatThrownBy(() -> sender.send(sms(60))).isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("circuit open").hasMessageNotContaining(KEY);
        assertThat(gateway.hits).as("an open breaker does not call the gateway").hasValue(hits);
    }
}
