package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells the applicant the outcome ({@code Task_NotifyRepairOutcome}). */
@Component("notifyRepairDelegate")
class NotifyRepairDelegate extends SystemDelegate {

    private final RepairSteps steps;

    NotifyRepairDelegate(SystemRunner system, RepairSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.notifyOutcome(longVariable(execution, "repairId"));
    }
}
