package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RaiseBreach}: a BREACH result raises the breach for its determination. */
@Component("inspectionBreachDelegate")
class InspectionBreachDelegate extends SystemDelegate {

    private final InspectionTasks tasks;

    InspectionBreachDelegate(SystemRunner system, InspectionTasks tasks) {
        super(system);
        this.tasks = tasks;
    }

    @Override
    protected void run(DelegateExecution execution) {
        tasks.raiseBreach(longVariable(execution, "inspectionTaskId"));
    }
}
