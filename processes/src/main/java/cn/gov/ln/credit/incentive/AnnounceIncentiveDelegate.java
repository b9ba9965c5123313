package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells a department of its part ({@code Task_AnnounceIncentive}), a job of its own beside the department's tasks. */
@Component("announceIncentiveDelegate")
class AnnounceIncentiveDelegate extends SystemDelegate {

    private final IncentiveService incentives;

    AnnounceIncentiveDelegate(SystemRunner system, IncentiveService incentives) {
        super(system);
        this.incentives = incentives;
    }

    @Override
    protected void run(DelegateExecution execution) {
        incentives.announce(longVariable(execution, "caseId"), longVariable(execution, "departmentId"));
    }
}
