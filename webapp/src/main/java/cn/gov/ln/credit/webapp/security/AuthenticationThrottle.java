package cn.gov.ln.credit.webapp.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed machine authentications counted per source address: after {@code credit.security.machine-failures}
 * failures, the address waits until {@code credit.security.machine-failure-window} has passed since its last
 * failure. Accounts are never locked by machine calls (a stranger could lock a department's integration out);
 * the address that guesses is slowed instead. Counted per node: a proxy spreading one address over n nodes
 * allows n times the failures. The window is wall-clock time, as the sessions' idleness is: the application's clock
 * follows the engine's, which deadline tests move.
 */
@Component
public class AuthenticationThrottle {

    private record Failures(int count, Instant last) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    AuthenticationThrottle(@Value("${credit.security.machine-failures:10}") int limit,
            @Value("${credit.security.machine-failure-window:PT5M}") Duration window) {
        this.limit = limit;
        this.window = window;
        this.clock = Clock.systemUTC();
        this.failures = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** How long the address must still wait, when it has failed too often. */
    public Optional<Duration> waitFor(String address) {
        Failures seen = failures.getIfPresent(address);
        if (seen == null || seen.count() < limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(Instant.now(clock), seen.last().plus(window));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public void failed(String address) {
        Instant now = Instant.now(clock);
        failures.asMap().compute(address, (key, seen) -> seen == null || seen.last().plus(window).isBefore(now)
                ? new Failures(1, now) : new Failures(seen.count() + 1, now));
    }
}
