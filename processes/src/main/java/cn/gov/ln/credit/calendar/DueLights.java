package cn.gov.ln.credit.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which deadlines are close, by the working-day calendar: due within {@code credit.workbench.due-soon-working-days}
 * working days means before the end of that many working days after today (today not counted). The task list's
 * filter, its badges and the filing page all ask here, so they agree across holidays and swapped working days.
 */
@Component
public class DueLights {

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int soonWorkingDays;

    DueLights(WorkingDayCalendar calendar, Clock clock,
            @Value("${credit.workbench.due-soon-working-days:3}") int soonWorkingDays) {
        if (soonWorkingDays < 0) {
            throw new IllegalArgumentException("credit.workbench.due-soon-working-days cannot be negative");
        }
        this.calendar = calendar;
        this.clock = clock;
        this.soonWorkingDays = soonWorkingDays;
    }

    public int soonWorkingDays() {
        return soonWorkingDays;
    }

    /** The instant before which a deadline counts as due soon: the start of the day after the Nth working day. */
    public Instant soonLimit() {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = soonWorkingDays == 0 ? today : calendar.addWorkingDays(today, soonWorkingDays);
        return last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    public DueLight of(Instant due) {
        return DueLight.of(due, clock.instant(), soonLimit());
    }

    /** A deadline that is a day runs out at that day's close of business. */
    public DueLight of(LocalDate dueOn) {
        return dueOn == null ? DueLight.NONE
                : of(WorkingDayCalendar.closeOfBusiness(dueOn, clock.getZone()).toInstant());
    }
}
