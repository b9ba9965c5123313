package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The defence period ended without a statement ({@code Task_RecordLapse}). */
@Component("defenceLapsedDelegate")
class DefenceLapsedDelegate extends SystemDelegate {

    private final DeterminationSteps steps;

    DefenceLapsedDelegate(SystemRunner system, DeterminationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.defenceLapsed(longVariable(execution, "breachId"));
    }
}
