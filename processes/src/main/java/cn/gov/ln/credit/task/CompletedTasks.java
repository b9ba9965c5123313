package cn.gov.ln.credit.task;

import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.DateRange;
import cn.gov.ln.credit.shared.PageRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks the signed-in officer completed, newest first, from the engine's history: the "done" list and the
 * dashboard's "done this week", one query for both so the figure and its list agree. Always the caller's own.
 */
@Service
public class CompletedTasks {

    private final TaskMapper mapper;
    private final AccessGuard guard;
    private final Clock clock;

    CompletedTasks(TaskMapper mapper, AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.guard = guard;
        this.clock = clock;
    }

    /** Monday of this week to today, in the province's clock. */
    public DateRange thisWeek() {
        LocalDate today = LocalDate.now(clock);
        return new DateRange(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
    }

    @Transactional(readOnly = true)
    public List<CompletedTask> page(DateRange completed, PageRequest page) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        return mapper.searchCompleted(actor.username(), completed.start(clock.getZone()),
                completed.endExclusive(clock.getZone()), page.offset(), page.limit());
    }

    @Transactional(readOnly = true)
    public long count(DateRange completed) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        return mapper.countCompleted(actor.username(), completed.start(clock.getZone()),
                completed.endExclusive(clock.getZone()));
    }
}
