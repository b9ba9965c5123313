package cn.gov.ln.testing;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's jobs on purpose in tests where the job executor is off. */
public final class Jobs {

    private Jobs() {
    }

    /** Runs the jobs of the process instance that are due now (async continuations), as the executor would. */
    public static void runDue(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("jobs keep coming for " + processInstanceId);
    }

    /** The one timer of the process instance waiting at the activity, or null. */
    public static Job timer(ManagementService management, String processInstanceId, String activityId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
                .singleResult();
    }
}
