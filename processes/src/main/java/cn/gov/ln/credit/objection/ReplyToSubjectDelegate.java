package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Clears the dispute and replies to the subject with the reply paper ({@code Task_ReplyToSubject}). */
@Component("replyToSubjectDelegate")
class ReplyToSubjectDelegate extends SystemDelegate {

    private final ObjectionSteps steps;

    ReplyToSubjectDelegate(SystemRunner system, ObjectionSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        Object decider = execution.getVariable("deciderDepartmentId");
        steps.reply(longVariable(execution, "objectionId"), (String) execution.getVariable("correctedText"),
                (String) execution.getVariable("correctedTier"), decider instanceof Number n ? n.longValue() : null);
    }
}
