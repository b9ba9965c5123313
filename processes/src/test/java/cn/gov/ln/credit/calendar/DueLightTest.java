package cn.gov.ln.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DueLightTest {

    private static final Instant NOW = Instant.parse("2026-09-30T01:00:00Z");
    private static final Instant SOON_LIMIT = Instant.parse("2026-10-10T16:00:00Z");

    @Test
    void aDeadlineBeforeNowIsOverdueBeforeTheLimitDueSoonAfterItOnTime() {
        assertThat(DueLight.of(NOW.minusSeconds(1), NOW, SOON_LIMIT)).isEqualTo(DueLight.OVERDUE);
        assertThat(DueLight.of(NOW, NOW, SOON_LIMIT)).as("due this instant is not yet late").isEqualTo(
                DueLight.DUE_SOON);
        assertThat(DueLight.of(SOON_LIMIT.minusSeconds(1), NOW, SOON_LIMIT)).isEqualTo(DueLight.DUE_SOON);
        assertThat(DueLight.of(SOON_LIMIT, NOW, SOON_LIMIT)).isEqualTo(DueLight.ON_TIME);
        assertThat(DueLight.of(null, NOW, SOON_LIMIT)).isEqualTo(DueLight.NONE);
    }
}
