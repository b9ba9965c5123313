package cn.gov.ln.credit.webapp;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * How these tests wait for the application (Awaitility): the condition is checked at once, then at the caller's
 * interval, up to a limit. An uncaught exception in another thread (the application's own workers) is not the
 * wait's to judge: the test's assertions are.
 */
final class Waiting {

    private Waiting() {
    }

    /** A wait of at most {@code limit}, checking at once and then every {@code interval}. */
    static ConditionFactory upTo(Duration limit, Duration interval) {
        return Awaitility.await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(interval)
                .dontCatchUncaughtExceptions();
    }
}
