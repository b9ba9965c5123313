package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Sends the advance notice and sets when the defence period ends ({@code Task_SendAdvanceNotice}). */
@Component("sendAdvanceNoticeDelegate")
class SendAdvanceNoticeDelegate extends SystemDelegate {

    private final DeterminationSteps steps;

    SendAdvanceNoticeDelegate(SystemRunner system, DeterminationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        execution.setVariable("defenceDue", steps.sendAdvanceNotice(longVariable(execution, "breachId")));
    }
}
