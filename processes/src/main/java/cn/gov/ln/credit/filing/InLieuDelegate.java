package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Decides whether the signed pledge replaces the certificates ({@code Task_CheckInLieu}). */
@Component("inLieuDelegate")
class InLieuDelegate extends SystemDelegate {

    private final FilingSteps steps;

    InLieuDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        boolean granted = steps.decideInLieu(filingId(execution),
                Boolean.TRUE.equals(execution.getVariable("pledgeAllowed")),
                (String) execution.getVariable("routingReason"));
        execution.setVariable("inLieuGranted", granted);
    }
}
