package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RemindInspectors}: the result is due and missing; the inspectors and the planner are told. */
@Component("inspectionReminderDelegate")
class InspectionReminderDelegate extends SystemDelegate {

    private final InspectionTasks tasks;

    InspectionReminderDelegate(SystemRunner system, InspectionTasks tasks) {
        super(system);
        this.tasks = tasks;
    }

    @Override
    protected void run(DelegateExecution execution) {
        tasks.remind(longVariable(execution, "inspectionTaskId"));
    }
}
