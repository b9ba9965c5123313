package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Flags a reply past its deadline ({@code Task_FlagObjectionOverdue}). */
@Component("objectionOverdueDelegate")
class ObjectionOverdueDelegate extends SystemDelegate {

    private final ObjectionSteps steps;

    ObjectionOverdueDelegate(SystemRunner system, ObjectionSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.overdue(longVariable(execution, "objectionId"));
    }
}
