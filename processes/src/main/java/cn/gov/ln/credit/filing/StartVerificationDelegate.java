package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Starts the verification of the pledge an approval rested on ({@code Task_StartVerification}). */
@Component("startVerificationDelegate")
class StartVerificationDelegate extends SystemDelegate {

    private final FilingSteps steps;

    StartVerificationDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.startVerification(filingId(execution));
    }
}
