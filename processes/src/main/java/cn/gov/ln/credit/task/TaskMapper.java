package cn.gov.ln.credit.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The open tasks of filings, read from the engine's runtime tables joined to the filing they belong to (by the
 * process instance's business key, the filing number). One page at a time; the scope is part of every query.
 */
@Mapper
interface TaskMapper {

    List<TaskItem> search(@Param("q") TaskQuery query, @Param("scope") Scope scope,
            @Param("textPattern") String textPattern, @Param("window") DueWindow window,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") TaskQuery query, @Param("scope") Scope scope, @Param("textPattern") String textPattern,
            @Param("window") DueWindow window, @Param("limit") int limit);

    /** Has the database plan the rest of the transaction's statements for their values (PostgreSQL). */
    String planForTheValues();

    TaskItem findTask(@Param("taskId") String taskId);

    List<TaskItem> findByFiling(@Param("filingNo") String filingNo);

    /** Tasks completed by the officer from the engine's history, ended in [from, before) (null: open). */
    List<CompletedTask> searchCompleted(@Param("username") String username, @Param("from") Instant from,
            @Param("before") Instant before, @Param("offset") int offset, @Param("limit") int limit);

    long countCompleted(@Param("username") String username, @Param("from") Instant from,
            @Param("before") Instant before);

    /**
     * Department, division prefix, who is asking and the posts they hold; with the absent officers they substitute
     * for, {@code usernames} (theirs first) and {@code roles} include the absent officers' too.
     */
    record Scope(long departmentId, String divisionPattern, String username, Collection<String> roles,
            Collection<String> usernames) {
    }

    /**
     * The current instant, the bounds of today and the end of "due soon", for the due-date filters; the instants
     * that bound the arrival filter (null: open).
     */
    record DueWindow(Instant now, Instant todayStart, Instant tomorrowStart, Instant soonLimit, Instant createdFrom,
            Instant createdBefore) {
    }
}
