package cn.gov.ln.credit.verification;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Raises the breach of a false pledge ({@code EndEvent_BreachRaised}, message "BreachRaised"). */
@Component("breachRaisedDelegate")
class BreachRaisedDelegate extends SystemDelegate {

    private final VerificationSteps steps;

    BreachRaisedDelegate(SystemRunner system, VerificationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.raiseBreach(longVariable(execution, "filingId"));
    }
}
