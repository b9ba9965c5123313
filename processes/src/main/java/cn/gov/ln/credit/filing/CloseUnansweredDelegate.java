package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Closes a filing whose requested papers did not come in time ({@code Task_CloseUnanswered}). */
@Component("closeUnansweredDelegate")
class CloseUnansweredDelegate extends SystemDelegate {

    private final FilingSteps steps;

    CloseUnansweredDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.closeForMissingPapers(filingId(execution));
    }
}
