package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Revokes the disputed record ({@code Task_RevokeRecord}). */
@Component("revokeRecordDelegate")
class RevokeRecordDelegate extends SystemDelegate {

    private final ObjectionSteps steps;

    RevokeRecordDelegate(SystemRunner system, ObjectionSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.revoke(longVariable(execution, "objectionId"));
    }
}
