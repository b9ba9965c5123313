package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Ends the listing of a granted repair ({@code Task_EndListingOnRepair}). */
@Component("grantRepairDelegate")
class GrantRepairDelegate extends SystemDelegate {

    private final RepairSteps steps;

    GrantRepairDelegate(SystemRunner system, RepairSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.grant(longVariable(execution, "repairId"));
    }
}
