package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Issues the department's notice of the case ({@code Task_SendCaseNotice}), a job of its own beside the department's
 * tasks: each department's notice is numbered and sealed in its own short transaction, and a retried job finds the
 * notice already issued.
 */
@Component("sendCaseNoticeDelegate")
class SendCaseNoticeDelegate extends SystemDelegate {

    private final PenaltyService penalties;

    SendCaseNoticeDelegate(SystemRunner system, PenaltyService penalties) {
        super(system);
        this.penalties = penalties;
    }

    @Override
    protected void run(DelegateExecution execution) {
        penalties.sendNotice(longVariable(execution, "caseId"), longVariable(execution, "departmentId"));
    }
}
