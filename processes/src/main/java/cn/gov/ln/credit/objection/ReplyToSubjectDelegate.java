package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Clears the dispute and replies to the subject ({@code Task_ReplyToSubject}). */
@Component("replyToSubjectDelegate")
class ReplyToSubjectDelegate extends SystemDelegate {

    private final ObjectionSteps steps;

    ReplyToSubjectDelegate(SystemRunner system, ObjectionSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.reply(longVariable(execution, "objectionId"));
    }
}
