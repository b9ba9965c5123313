package cn.gov.ln.credit.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    static final String HASH = "$shiro2$2y$12$stored";
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T02:00:00Z"));
    final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);

    @Test
    void onlyTheSamePasswordOfTheSameAccountAgainstTheSameStoredHashWithinTheTimeToLive() {
        verified.remember("api-market", "Demo@2026".toCharArray(), HASH);

        assertThat(verified.recentlyVerified("api-market", "Demo@2026".toCharArray(), HASH)).isTrue();
        assertThat(verified.recentlyVerified("api-market", "Demo@2027".toCharArray(), HASH)).isFalse();
        assertThat(verified.recentlyVerified("api-tax", "Demo@2026".toCharArray(), HASH)).isFalse();
        assertThat(verified.recentlyVerified("api-market", "Demo@2026".toCharArray(), HASH + "changed"))
                .as("a changed password needs the full check").isFalse();

        clock.advance(Duration.ofMinutes(5));
        assertThat(verified.recentlyVerified("api-market", "Demo@2026".toCharArray(), HASH)).isFalse();
    }

    @Test
    void aFailureForgetsAndAZeroTimeToLiveRemembersNothing() {
        verified.remember("api-market", "Demo@2026".toCharArray(), HASH);
        verified.forget("api-market");
        assertThat(verified.recentlyVerified("api-market", "Demo@2026".toCharArray(), HASH)).isFalse();

        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO, clock);
        off.remember("api-market", "Demo@2026".toCharArray(), HASH);
        assertThat(off.recentlyVerified("api-market", "Demo@2026".toCharArray(), HASH)).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
