package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service task that acts as the system: the same permission checks and audit trail apply whether the step
 * runs in the job executor or right after an officer's task completion.
 */
abstract class SystemDelegate implements JavaDelegate {

    private final SystemRunner system;

    SystemDelegate(SystemRunner system) {
        this.system = system;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        system.run(() -> run(execution));
    }

    abstract void run(DelegateExecution execution);

    static long filingId(DelegateExecution execution) {
        return ((Number) execution.getVariable("filingId")).longValue();
    }
}
