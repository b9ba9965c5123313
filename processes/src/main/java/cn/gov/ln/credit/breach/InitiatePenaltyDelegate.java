package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Pushes the listing to the departments ({@code Task_InitiateJointPenalty}). */
@Component("initiatePenaltyDelegate")
class InitiatePenaltyDelegate extends SystemDelegate {

    private final DeterminationSteps steps;

    InitiatePenaltyDelegate(SystemRunner system, DeterminationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.initiatePenalty(longVariable(execution, "breachId"));
    }
}
