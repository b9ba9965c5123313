package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running instances from one version of a process to another with the engine's migration API: the plan maps
 * equal activities and is validated first, with every problem reported by activity; the migration runs as a batch
 * whose progress and failures can be followed, and failed parts retried.
 */
@Service
public class MigrationService {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final HistoryService history;
    private final AuditService audit;
    private final AccessGuard guard;

    MigrationService(RepositoryService repository, RuntimeService runtime, ManagementService management,
            HistoryService history, AuditService audit, AccessGuard guard) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.history = history;
        this.audit = audit;
        this.guard = guard;
    }

    @Transactional(readOnly = true)
    public MigrationReport plan(String sourceDefinitionId, String targetDefinitionId) {
        guard.require(Permissions.MODEL_MIGRATE);
        requireDefinition(sourceDefinitionId);
        requireDefinition(targetDefinitionId);
        try {
            MigrationPlan plan = build(sourceDefinitionId, targetDefinitionId);
            return new MigrationReport(sourceDefinitionId, targetDefinitionId, plan.getInstructions().stream()
                    .map(i -> new MigrationReport.Mapping(i.getSourceActivityId(), i.getTargetActivityId())).toList(),
                    List.of());
        } catch (MigrationPlanValidationException e) {
            List<MigrationReport.Problem> problems = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f -> problems.add(
                    new MigrationReport.Problem(r.getMigrationInstruction().getSourceActivityId(), f))));
            if (problems.isEmpty()) {
                problems.add(new MigrationReport.Problem(null, e.getMessage()));
            }
            return new MigrationReport(sourceDefinitionId, targetDefinitionId, List.of(), problems);
        }
    }

    /**
     * Starts migrating the given instances of the source version (all of them when none are named) as a batch;
     * returns its id. A plan with problems starts nothing.
     */
    @Transactional
    public String migrate(String sourceDefinitionId, String targetDefinitionId, List<String> instanceIds) {
        Actor actor = guard.require(Permissions.MODEL_MIGRATE);
        MigrationReport report = plan(sourceDefinitionId, targetDefinitionId);
        if (!report.valid()) {
            throw ValidationException.of("plan", "model.migration.invalid", report.problems().get(0).message());
        }
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId);
        long count = instanceIds == null || instanceIds.isEmpty() ? query.count() : instanceIds.size();
        if (count == 0) {
            throw ValidationException.of("instances", "model.migration.none");
        }
        var migration = runtime.newMigration(build(sourceDefinitionId, targetDefinitionId));
        migration = instanceIds == null || instanceIds.isEmpty() ? migration.processInstanceQuery(query)
                : migration.processInstanceIds(instanceIds);
        Batch batch = migration.executeAsync();
        audit.record(actor, AuditActions.MODEL_MIGRATED, "processDefinition", sourceDefinitionId,
                count + " instances to " + targetDefinitionId + ", batch " + batch.getId());
        return batch.getId();
    }

    @Transactional(readOnly = true)
    public BatchProgress progress(String batchId) {
        guard.require(Permissions.MODEL_MIGRATE);
        BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics == null) {
            HistoricBatch done = history.createHistoricBatchQuery().batchId(batchId).singleResult();
            if (done == null) {
                throw new NotFoundException("batch", batchId);
            }
            return new BatchProgress(batchId, done.getTotalJobs(), done.getTotalJobs(), 0, true, List.of());
        }
        List<String> failures = failedJobs(statistics).stream().map(Job::getExceptionMessage).toList();
        long total = statistics.getTotalJobs();
        return new BatchProgress(batchId, total, statistics.getCompletedJobs(), statistics.getFailedJobs(), false,
                failures);
    }

    /** Gives the failed parts of a batch another try. */
    @Transactional
    public int retryFailed(String batchId) {
        guard.require(Permissions.MODEL_MIGRATE);
        BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics == null) {
            return 0;
        }
        List<Job> failed = failedJobs(statistics);
        failed.forEach(job -> management.setJobRetries(job.getId(), 1));
        return failed.size();
    }

    private List<Job> failedJobs(BatchStatistics statistics) {
        return management.createJobQuery().jobDefinitionId(statistics.getBatchJobDefinitionId()).noRetriesLeft()
                .list();
    }

    private MigrationPlan build(String source, String target) {
        return runtime.createMigrationPlan(source, target).mapEqualActivities().updateEventTriggers().build();
    }

    private void requireDefinition(String definitionId) {
        if (definitionId == null || repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .count() == 0) {
            throw new NotFoundException("processDefinition", definitionId);
        }
    }
}
