package cn.gov.ln.credit.verification;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Draws whether the pledge is verified, at the rate of the {@code VerificationSampling} table
 * ({@code Task_DrawSample}). */
@Component("drawSampleDelegate")
class DrawSampleDelegate extends SystemDelegate {

    private final VerificationSteps steps;

    DrawSampleDelegate(SystemRunner system, VerificationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        double rate = ((Number) execution.getVariable("samplingRate")).doubleValue();
        Object preset = execution.getVariable("sampleDraw");
        Date due = steps.drawSample(longVariable(execution, "filingId"), rate,
                preset == null ? null : ((Number) preset).doubleValue());
        execution.setVariable("sampled", due != null);
        execution.setVariable("verificationDue", due);
    }
}
