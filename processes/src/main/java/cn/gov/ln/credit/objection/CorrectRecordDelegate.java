package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Applies the correction to the disputed record ({@code Task_CorrectRecord}). */
@Component("correctRecordDelegate")
class CorrectRecordDelegate extends SystemDelegate {

    private final ObjectionSteps steps;

    CorrectRecordDelegate(SystemRunner system, ObjectionSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.correct(longVariable(execution, "objectionId"), (String) execution.getVariable("correctedText"),
                (String) execution.getVariable("correctedTier"));
    }
}
