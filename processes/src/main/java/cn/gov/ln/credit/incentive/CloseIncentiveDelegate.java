package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Closes a case once every department has reported ({@code Task_CloseIncentiveCase}). */
@Component("closeIncentiveDelegate")
class CloseIncentiveDelegate extends SystemDelegate {

    private final IncentiveService incentives;

    CloseIncentiveDelegate(SystemRunner system, IncentiveService incentives) {
        super(system);
        this.incentives = incentives;
    }

    @Override
    protected void run(DelegateExecution execution) {
        incentives.close(longVariable(execution, "caseId"));
    }
}
