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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MigrationReport plan(String sourceDefinitionId, String targetDefinitionId) {
        return plan(sourceDefinitionId, targetDefinitionId, Map.of());
    }

    /**
     * The plan: equal activities mapped by id, then the admin's {@code chosen} mappings (source activity to target
     * activity, for an activity renamed or replaced). Running instances waiting at an activity that maps nowhere are
     * a problem of that activity, with their number, before anything runs.
     */
    // Outside a transaction: an invalid plan is the engine's exception, which would doom an enclosing one.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MigrationReport plan(String sourceDefinitionId, String targetDefinitionId, Map<String, String> chosen) {
        guard.require(Permissions.MODEL_MIGRATE);
        requireDefinition(sourceDefinitionId);
        requireDefinition(targetDefinitionId);
        List<String> targets = activities(targetDefinitionId);
        try {
            MigrationPlan plan = build(sourceDefinitionId, targetDefinitionId, chosen);
            List<MigrationReport.Mapping> mappings = plan.getInstructions().stream()
                    .map(i -> new MigrationReport.Mapping(i.getSourceActivityId(), i.getTargetActivityId())).toList();
            Set<String> mapped = mappings.stream().map(MigrationReport.Mapping::sourceActivityId)
                    .collect(Collectors.toSet());
            List<MigrationReport.Problem> problems = new ArrayList<>();
            for (ActivityStatistics waiting : management.createActivityStatisticsQuery(sourceDefinitionId).list()) {
                if (!mapped.contains(waiting.getId())) {
                    problems.add(new MigrationReport.Problem(waiting.getId(), "unmapped:" + waiting.getInstances()));
                }
            }
            return new MigrationReport(sourceDefinitionId, targetDefinitionId, mappings, problems, targets);
        } catch (MigrationPlanValidationException e) {
            List<MigrationReport.Problem> problems = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(r -> r.getFailures().forEach(f -> problems.add(
                    new MigrationReport.Problem(r.getMigrationInstruction().getSourceActivityId(), f))));
            if (problems.isEmpty()) {
                problems.add(new MigrationReport.Problem(null, e.getMessage()));
            }
            return new MigrationReport(sourceDefinitionId, targetDefinitionId, List.of(), problems, targets);
        } catch (org.camunda.bpm.engine.exception.NullValueException
                | org.camunda.bpm.engine.BadUserRequestException e) {
            throw ValidationException.of("mapping", "model.migration.invalid", e.getMessage());
        }
    }

    /** Running instances of a version, oldest first, for the admin to pick from. */
    @Transactional(readOnly = true)
    public List<RunningInstance> instances(String definitionId, int limit) {
        guard.require(Permissions.MODEL_MIGRATE);
        requireDefinition(definitionId);
        return runtime.createProcessInstanceQuery().processDefinitionId(definitionId).orderByProcessInstanceId().asc()
                .listPage(0, limit).stream().map(instance -> new RunningInstance(instance.getId(),
                        instance.getBusinessKey(), runtime.getActiveActivityIds(instance.getId()))).toList();
    }

    /** A running instance: its id, business key (the filing or case number) and where it waits. */
    public record RunningInstance(String id, String businessKey, List<String> activities) {
    }

    @Transactional
    public String migrate(String sourceDefinitionId, String targetDefinitionId, List<String> instanceIds) {
        return migrate(sourceDefinitionId, targetDefinitionId, Map.of(), instanceIds);
    }

    /**
     * Starts migrating the given instances of the source version (all of them when none are named) as a batch;
     * returns its id. A plan with problems starts nothing; named instances must be of the source version.
     */
    @Transactional
    public String migrate(String sourceDefinitionId, String targetDefinitionId, Map<String, String> chosen,
            List<String> instanceIds) {
        Actor actor = guard.require(Permissions.MODEL_MIGRATE);
        MigrationReport report = plan(sourceDefinitionId, targetDefinitionId, chosen);
        if (!report.valid()) {
            MigrationReport.Problem first = report.problems().get(0);
            if (first.unmapped()) {
                throw ValidationException.of("mapping", "model.migration.unmapped", first.activityId(), first.waiting());
            }
            throw ValidationException.of("plan", "model.migration.invalid", first.message());
        }
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId);
        boolean all = instanceIds == null || instanceIds.isEmpty();
        if (!all && runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId)
                .processInstanceIds(Set.copyOf(instanceIds)).count() != Set.copyOf(instanceIds).size()) {
            throw ValidationException.of("instances", "model.migration.notOfSource");
        }
        long count = all ? query.count() : instanceIds.size();
        if (count == 0) {
            throw ValidationException.of("instances", "model.migration.none");
        }
        var migration = runtime.newMigration(build(sourceDefinitionId, targetDefinitionId, chosen));
        migration = all ? migration.processInstanceQuery(query) : migration.processInstanceIds(instanceIds);
        Batch batch = migration.executeAsync();
        audit.record(actor, AuditActions.MODEL_MIGRATED, "processDefinition", sourceDefinitionId,
                count + " instances to " + targetDefinitionId + (chosen.isEmpty() ? "" : ", mapped " + chosen)
                        + ", batch " + batch.getId());
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

    private MigrationPlan build(String source, String target, Map<String, String> chosen) {
        org.camunda.bpm.engine.migration.MigrationPlanBuilder builder = runtime.createMigrationPlan(source, target)
                .mapEqualActivities().updateEventTriggers();
        for (Map.Entry<String, String> mapping : chosen.entrySet()) {
            builder = builder.mapActivities(mapping.getKey(), mapping.getValue());
        }
        return builder.build();
    }

    private List<String> activities(String definitionId) {
        var model = repository.getBpmnModelInstance(definitionId);
        return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).stream()
                .map(org.camunda.bpm.model.bpmn.instance.FlowNode::getId).sorted().toList();
    }

    private void requireDefinition(String definitionId) {
        if (definitionId == null || repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .count() == 0) {
            throw new NotFoundException("processDefinition", definitionId);
        }
    }
}
