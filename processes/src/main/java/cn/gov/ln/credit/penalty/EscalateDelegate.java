package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Escalates a department that let its response or feedback deadline pass ({@code Task_Escalate*}). */
@Component("escalateDelegate")
class EscalateDelegate extends SystemDelegate {

    private final PenaltyService penalties;

    EscalateDelegate(SystemRunner system, PenaltyService penalties) {
        super(system);
        this.penalties = penalties;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String stage = execution.getCurrentActivityId().endsWith("Feedback") ? "FEEDBACK" : "RESPONSE";
        penalties.escalate(longVariable(execution, "caseId"), longVariable(execution, "departmentId"), stage);
    }
}
