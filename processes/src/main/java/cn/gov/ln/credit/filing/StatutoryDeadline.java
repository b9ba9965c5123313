package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * A filing's statutory time limit: counted in working days from the day it was received (that day not counted),
 * the matter's statutory days, halved (at least one) on the green channel. The one rule used at intake, at routing
 * and on every screen that shows the limit.
 */
public record StatutoryDeadline(LocalDate start, int workingDays, boolean shortened, LocalDate dueOn) {

    public static StatutoryDeadline of(LocalDate received, int statutoryDays, FilingRoute route,
            WorkingDayCalendar calendar) {
        int days = workingDays(statutoryDays, route);
        return new StatutoryDeadline(received, days, days < statutoryDays, calendar.addWorkingDays(received, days));
    }

    /** The working days that apply to a filing on the route (null: not routed yet). */
    public static int workingDays(int statutoryDays, FilingRoute route) {
        return route == FilingRoute.GREEN ? Math.max(1, statutoryDays / 2) : statutoryDays;
    }
}
