package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.calendar.CalendarDay;
import cn.gov.ln.credit.calendar.DayKind;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Statutory clocks in Chinese working days across the 2026 Spring Festival (15-23 February, with 14 and 28
 * February worked) and National Day (1-7 October, with 20 September and 10 October worked), counted by the
 * processes themselves; and a change to the calendar data changing new deadlines without code.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class WorkingDayDeadlineTest extends LifecycleSupport {

    @Test
    void theDefencePeriodRunsAcrossTheSpringFestival() {
        at(LocalDate.of(2026, 2, 12));
        Breach2026 breach = new Breach2026(determine(applicant(), cn.gov.ln.credit.listing.BreachTier.GENERAL,
                LocalDate.of(2026, 2, 10)));
        // Thu 12 Feb + 5 working days: Fri 13, Sat 14 (worked), Tue 24, Wed 25, Thu 26.
        assertThat(breach.dueOn()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void theResponseDeadlineRunsAcrossNationalDay() {
        at(LocalDate.of(2026, 9, 28));
        // Mon 28 Sep + 7: Tue 29, Wed 30, Thu 8 Oct, Fri 9, Sat 10 (worked), Mon 12, Tue 13.
        assertThat(calendar.addWorkingDays(today(), 7)).isEqualTo(LocalDate.of(2026, 10, 13));
        // Fri 18 Sep + 1 is Sun 20 Sep, worked in exchange.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8))).isEqualTo(1);
    }

    @Test
    void aHolidayAddedToTheCalendarMovesNewDeadlines() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        at(day);
        LocalDate before = calendar.addWorkingDays(day, 5);
        assertThat(before).isEqualTo(LocalDate.of(2026, 11, 9));
        try {
            signIn.run("sysadmin", () -> calendar.set(new CalendarDay(LocalDate.of(2026, 11, 4), DayKind.HOLIDAY,
                    "测试假日", "测试")));
            assertThat(calendar.addWorkingDays(day, 5)).isEqualTo(LocalDate.of(2026, 11, 10));
            Breach2026 breach = new Breach2026(determine(applicant(), cn.gov.ln.credit.listing.BreachTier.GENERAL,
                    day));
            assertThat(breach.dueOn()).isEqualTo(LocalDate.of(2026, 11, 10));
        } finally {
            signIn.run("sysadmin", () -> calendar.remove(LocalDate.of(2026, 11, 4)));
        }
    }

    private void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
    }

    /** The defence deadline the process set for a determination started today. */
    private final class Breach2026 {
        private final cn.gov.ln.credit.breach.Breach breach;

        Breach2026(cn.gov.ln.credit.breach.Breach breach) {
            this.breach = breach;
        }

        LocalDate dueOn() {
            LocalDate stored = reload(breach).defenceDueOn();
            assertThat(day(timer(breach.processInstanceId(), "Timer_DefencePeriodEnds").getDuedate()))
                    .isEqualTo(stored);
            return stored;
        }
    }
}
