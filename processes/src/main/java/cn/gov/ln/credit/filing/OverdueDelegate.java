package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Marks a review past its statutory time limit ({@code Task_FlagOverdue}). */
@Component("overdueDelegate")
class OverdueDelegate extends SystemDelegate {

    private final FilingSteps steps;

    OverdueDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.flagOverdue(filingId(execution));
    }
}
