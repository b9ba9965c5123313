package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Escalates a department that let its response or feedback deadline pass ({@code Task_Escalate*}). */
@Component("escalateIncentiveDelegate")
class EscalateIncentiveDelegate extends SystemDelegate {

    private final IncentiveService incentives;

    EscalateIncentiveDelegate(SystemRunner system, IncentiveService incentives) {
        super(system);
        this.incentives = incentives;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String stage = execution.getCurrentActivityId().endsWith("Feedback") ? "FEEDBACK" : "RESPONSE";
        incentives.escalate(longVariable(execution, "caseId"), longVariable(execution, "departmentId"), stage);
    }
}
