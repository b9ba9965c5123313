package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells the subject the listing decision ({@code Task_AnnounceDecision}). */
@Component("announceDecisionDelegate")
class AnnounceDecisionDelegate extends SystemDelegate {

    private final DeterminationSteps steps;

    AnnounceDecisionDelegate(SystemRunner system, DeterminationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.announceDecision(longVariable(execution, "breachId"));
    }
}
