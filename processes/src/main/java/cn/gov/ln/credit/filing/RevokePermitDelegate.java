package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Revokes the permit granted on a false pledge ({@code Task_RevokePermit}). */
@Component("revokePermitDelegate")
class RevokePermitDelegate extends SystemDelegate {

    private final FilingSteps steps;

    RevokePermitDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.revokeForFalsePledge(filingId(execution));
    }
}
