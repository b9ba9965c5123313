package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells the applicant the outcome ({@code Task_NotifyApplicant}). */
@Component("notifyApplicantDelegate")
class NotifyApplicantDelegate extends SystemDelegate {

    private final FilingSteps steps;

    NotifyApplicantDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.notifyDecision(filingId(execution));
    }
}
