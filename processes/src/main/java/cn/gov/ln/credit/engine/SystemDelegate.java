package cn.gov.ln.credit.engine;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service task that acts as the system: the same permission checks and audit trail apply whether the step
 * runs in the job executor or right after an officer's task completion.
 */
public abstract class SystemDelegate implements JavaDelegate {

    private final SystemRunner system;

    protected SystemDelegate(SystemRunner system) {
        this.system = system;
    }

    @Override
    public final void execute(DelegateExecution execution) {
        system.run(() -> run(execution));
    }

    protected abstract void run(DelegateExecution execution);

    protected static long longVariable(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("process variable " + name + " is missing");
        }
        return number.longValue();
    }
}
