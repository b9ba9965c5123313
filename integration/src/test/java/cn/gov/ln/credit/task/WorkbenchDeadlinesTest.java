package cn.gov.ln.credit.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.calendar.DueLight;
import cn.gov.ln.credit.calendar.DueLights;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.StatutoryDeadline;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The statutory limit and the traffic light across National Day 2026 (1-7 October off, Sunday 20 September and
 * Saturday 10 October worked), by the calendar's data: the one rule the intake, the routing and the screens use.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class WorkbenchDeadlinesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    DueLights lights;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theGreenChannelHalvesTheWorkingDaysAndTheDeadlineSaysSo() {
        LocalDate received = LocalDate.of(2026, 9, 28);
        // Mon 28 Sep + 10: Tue 29, Wed 30, Thu 8 Oct, Fri 9, Sat 10 (worked), Mon 12 ... Fri 16.
        StatutoryDeadline green = StatutoryDeadline.of(received, 20, FilingRoute.GREEN, calendar);
        assertThat(green.workingDays()).isEqualTo(10);
        assertThat(green.shortened()).isTrue();
        assertThat(green.dueOn()).isEqualTo(LocalDate.of(2026, 10, 16));
        // ... and 10 more: Mon 19 to Fri 30 October.
        StatutoryDeadline normal = StatutoryDeadline.of(received, 20, FilingRoute.NORMAL, calendar);
        assertThat(normal.workingDays()).isEqualTo(20);
        assertThat(normal.shortened()).isFalse();
        assertThat(normal.dueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(StatutoryDeadline.of(received, 20, null, calendar)).as("before routing").isEqualTo(
                new StatutoryDeadline(received, 20, false, LocalDate.of(2026, 10, 30)));
        assertThat(StatutoryDeadline.workingDays(1, FilingRoute.GREEN)).as("never less than a day").isEqualTo(1);
    }

    @Test
    void dueSoonCountsWorkingDaysSoTheHolidayWeekIsNotCounted() {
        at(LocalDate.of(2026, 9, 30));
        // Wed 30 Sep + 3 working days: Thu 8, Fri 9, Sat 10 October (worked): due soon until the end of the 10th.
        assertThat(lights.soonWorkingDays()).isEqualTo(3);
        assertThat(lights.of(LocalDate.of(2026, 10, 10))).isEqualTo(DueLight.DUE_SOON);
        assertThat(lights.of(LocalDate.of(2026, 10, 9))).isEqualTo(DueLight.DUE_SOON);
        assertThat(lights.of(LocalDate.of(2026, 10, 12))).as("the fourth working day").isEqualTo(DueLight.ON_TIME);
        assertThat(lights.of(LocalDate.of(2026, 9, 29))).isEqualTo(DueLight.OVERDUE);
        assertThat(lights.of(LocalDate.of(2026, 9, 30))).as("due at close of business today").isEqualTo(
                DueLight.DUE_SOON);
        assertThat(lights.of((LocalDate) null)).isEqualTo(DueLight.NONE);

        at(LocalDate.of(2026, 10, 12));
        // an ordinary week: Mon 12 + 3 is Thu 15
        assertThat(lights.of(LocalDate.of(2026, 10, 15))).isEqualTo(DueLight.DUE_SOON);
        assertThat(lights.of(LocalDate.of(2026, 10, 16))).isEqualTo(DueLight.ON_TIME);
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
    }
}
