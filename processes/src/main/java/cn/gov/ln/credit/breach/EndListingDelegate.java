package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ends the listing at its maximum period ({@code Task_EndListing}). */
@Component("endListingDelegate")
class EndListingDelegate extends SystemDelegate {

    private final DeterminationSteps steps;

    EndListingDelegate(SystemRunner system, DeterminationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.endListing(longVariable(execution, "breachId"));
    }
}
