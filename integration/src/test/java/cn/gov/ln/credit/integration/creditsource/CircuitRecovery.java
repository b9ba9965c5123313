package cn.gov.ln.credit.integration.creditsource;

import static org.awaitility.Awaitility.await;

import cn.gov.ln.credit.creditcheck.CreditFacts;
import cn.gov.ln.credit.creditcheck.CreditSource;
import cn.gov.ln.credit.creditcheck.CreditSourceUnavailableException;
import java.time.Duration;
import java.util.Objects;

/**
 * Waits, once the stand-in platform answers again, until the adapter's circuit breaker lets a call through: an open
 * circuit moves on only when a call arrives after its open time, so the wait asks the platform until it answers.
 * Only the open circuit's refusal is waited out; any other failure fails the test at once. (Failures in other
 * threads, such as the stand-in platform's, are not this wait's to judge.)
 */
final class CircuitRecovery {

    private CircuitRecovery() {
    }

    /** The platform's answer for the identifier, once the circuit admits the call (10 s at most). */
    static CreditFacts awaitAnswer(CreditSource source, String identifier) {
        return await("the circuit lets a call through to the platform").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).dontCatchUncaughtExceptions()
                .ignoreExceptionsMatching(CircuitRecovery::circuitOpen)
                .until(() -> source.lookup(identifier), Objects::nonNull);
    }

    private static boolean circuitOpen(Throwable error) {
        return error instanceof CreditSourceUnavailableException && error.getMessage() != null
                && error.getMessage().contains("circuit open");
    }
}
