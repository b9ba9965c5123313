package cn.gov.ln.credit.verification;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Revokes the permit granted on a false pledge ({@code Task_RevokePermit}). */
@Component("revokePermitDelegate")
class RevokePermitDelegate extends SystemDelegate {

    private final VerificationSteps steps;

    RevokePermitDelegate(SystemRunner system, VerificationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.revokeForFalsePledge(longVariable(execution, "filingId"));
    }
}
