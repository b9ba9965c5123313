package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly evaluation of every organisation, in id chunks: per chunk one query per factor, the changed rows
 * written in batches, in a transaction of its own that first claims the chunk on the run's row, so nodes running
 * together share the chunks and none is done twice. The run is recorded per day and model version; a retry of an
 * unfinished run resumes after the last chunk done, a finished one is not run again, and evaluating a subject whose
 * record has not changed changes nothing.
 */
@Service
public class NightlyEvaluation {

    static final String CAUSE = "NIGHTLY";

    private final EvaluationService evaluations;
    private final EvaluationModel model;
    private final EvaluationStore store;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int chunkSize;

    NightlyEvaluation(EvaluationService evaluations, EvaluationModel model, EvaluationStore store, AuditService audit,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${credit.evaluation.chunk-size:5000}") int chunkSize) {
        this.evaluations = evaluations;
        this.model = model;
        this.store = store;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** Runs (or resumes) today's evaluation of every organisation and returns the run. */
    public EvaluationRun run() {
        LocalDate today = LocalDate.now(clock);
        Scorecard card = model.current();
        store.startRun(today, card.version(), now());
        EvaluationRun run = store.run(today, card.version());
        if (EvaluationRun.FINISHED.equals(run.status())) {
            return run;
        }
        long maxId = store.maxSubjectId();
        long from = run.lastId() + 1;
        while (from <= maxId) {
            long fromId = from;
            long toId = Math.min(maxId, from + chunkSize - 1);
            Boolean claimed = transactions.execute(status -> {
                if (!store.claim(run.id(), fromId - 1, toId)) {
                    return false;
                }
                EvaluationService.RangeResult result = evaluations.evaluateRange(card, fromId, toId, today, now(),
                        CAUSE);
                store.count(run.id(), result.subjects(), result.changed());
                return true;
            });
            if (Boolean.TRUE.equals(claimed)) {
                from = toId + 1;
            } else {
                EvaluationRun now = store.run(today, card.version());
                if (EvaluationRun.FINISHED.equals(now.status())) {
                    return now;
                }
                from = now.lastId() + 1;
            }
        }
        return transactions.execute(status -> {
            EvaluationRun finished;
            if (store.finish(run.id(), now())) {
                finished = store.run(today, card.version());
                audit.record(Actor.SYSTEM, AuditActions.EVALUATION_RUN, "evaluation_run", finished.id(), "subjects="
                        + finished.subjects() + " changed=" + finished.changed() + " " + finished.modelVersion());
            } else {
                finished = store.run(today, card.version());
            }
            return finished;
        });
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
