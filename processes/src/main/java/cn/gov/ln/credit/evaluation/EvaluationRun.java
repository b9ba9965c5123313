package cn.gov.ln.credit.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/** One nightly evaluation of every organisation: the day and model it ran, how many it evaluated and changed. */
public record EvaluationRun(long id, LocalDate runOn, String modelVersion, String status, Instant startedAt,
        Instant finishedAt, long lastId, long subjects, long changed) {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
}
