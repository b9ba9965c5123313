package cn.gov.ln.credit.verification;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Orders rectification of a partly kept pledge ({@code Task_OrderRectification}). */
@Component("rectificationDelegate")
class RectificationDelegate extends SystemDelegate {

    private final VerificationSteps steps;

    RectificationDelegate(SystemRunner system, VerificationSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        steps.orderRectification(longVariable(execution, "filingId"));
    }
}
