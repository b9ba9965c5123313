package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Pushes the lifting to the departments ({@code Task_InitiateLifting}). */
@Component("initiateLiftingDelegate")
class InitiateLiftingDelegate extends SystemDelegate {

    private final DeterminationSteps steps;

    InitiateLiftingDelegate(SystemRunner system, DeterminationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.initiateLifting(longVariable(execution, "breachId"));
    }
}
