package cn.gov.ln.credit.calendar;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.caching.CacheNames;
import cn.gov.ln.credit.caching.Caches;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chinese working days: Monday to Friday, minus public holidays, plus the weekend days worked in exchange
 * (调休). The exceptions are data, so a new year's State Council notice is entered, not coded.
 *
 * <p>Every filing computes deadlines, so the exceptions (a few dozen days a year) are kept in the {@code calendar}
 * cache for a minute.
 * A change made here is seen at once on this node and within that minute on the others; holiday notices are
 * published weeks before the days they move.
 */
@Service
public class WorkingDayCalendar {

    private final CalendarMapper mapper;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Cache cache;

    WorkingDayCalendar(CalendarMapper mapper, AuditService audit, AccessGuard guard, CacheManager caches) {
        this.mapper = mapper;
        this.audit = audit;
        this.guard = guard;
        this.cache = Caches.named(caches, CacheNames.CALENDAR);
    }

    /** The close of business of a day (17:30), when a deadline that ends on it runs out. */
    public static java.util.Date closeOfBusiness(LocalDate day, java.time.ZoneId zone) {
        return java.util.Date.from(day.atTime(17, 30).atZone(zone).toInstant());
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, exceptions());
    }

    /**
     * The day that ends a period of {@code workingDays} working days starting after {@code start}: the start day
     * itself does not count, and the result is always a working day (for 0, the first working day from start).
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + workingDays);
        }
        if (workingDays == 0) {
            return isWorkingDay(start) ? start : addWorkingDays(start, 1);
        }
        Map<LocalDate, CalendarDay> exceptions = exceptions();
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, exceptions)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The working days left to someone who has until the end of {@code lastDay}, today counted when it is one:
     * what a notice tells its addressee.
     */
    public int workingDaysLeft(LocalDate today, LocalDate lastDay) {
        return workingDaysBetween(today, lastDay) + (isWorkingDay(today) ? 1 : 0);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        Map<LocalDate, CalendarDay> exceptions = exceptions();
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day, exceptions)) {
                count++;
            }
        }
        return count;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> exceptionsOf(int year) {
        guard.require(Permissions.CALENDAR_READ);
        return mapper.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The years that have holiday data; deadlines into other years count weekends only. */
    public List<Integer> coveredYears() {
        return mapper.findYears();
    }

    @Transactional
    public void set(CalendarDay day) {
        Actor actor = guard.require(Permissions.CALENDAR_MANAGE);
        List<FieldViolation> violations = new ArrayList<>(Constraints.violations(day));
        if (day.calendarDate() != null && day.kind() != null) {
            boolean weekend = isWeekend(day.calendarDate());
            if (day.kind() == DayKind.WORKDAY && !weekend) {
                violations.add(FieldViolation.of("kind", "validation.calendar.workdayOnWeekday"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String source = day.source() == null || day.source().isBlank() ? actor.username() : day.source().strip();
        mapper.delete(day.calendarDate());
        mapper.insert(new CalendarDay(day.calendarDate(), day.kind(), day.name().strip(), source));
        forgetOnCommit();
        audit.record(actor, AuditActions.CALENDAR_CHANGED, "calendar", day.calendarDate(),
                day.kind() + " " + day.name().strip());
    }

    @Transactional
    public void remove(LocalDate date) {
        Actor actor = guard.require(Permissions.CALENDAR_MANAGE);
        if (mapper.delete(date) == 0) {
            throw new NotFoundException("calendarDay", date);
        }
        forgetOnCommit();
        audit.record(actor, AuditActions.CALENDAR_CHANGED, "calendar", date, "removed");
    }

    /** Every exception day, by date. */
    private Map<LocalDate, CalendarDay> exceptions() {
        return Caches.get(cache, CacheNames.ALL, () -> mapper.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(CalendarDay::calendarDate, Function.identity())));
    }

    /** Forgets the kept days now and again after commit, when a reader can no longer load the days before it. */
    private void forgetOnCommit() {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.clear();
                }
            });
        }
    }

    private static boolean isWorkingDay(LocalDate day, Map<LocalDate, CalendarDay> exceptions) {
        CalendarDay exception = exceptions.get(day);
        if (exception != null) {
            return exception.kind() == DayKind.WORKDAY;
        }
        return !isWeekend(day);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
