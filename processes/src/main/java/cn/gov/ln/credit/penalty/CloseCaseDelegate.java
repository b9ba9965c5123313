package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Closes a case once every department has reported ({@code Task_CloseCase}). */
@Component("closeCaseDelegate")
class CloseCaseDelegate extends SystemDelegate {

    private final PenaltyService penalties;

    CloseCaseDelegate(SystemRunner system, PenaltyService penalties) {
        super(system);
        this.penalties = penalties;
    }

    @Override
    protected void run(DelegateExecution execution) {
        penalties.close(longVariable(execution, "caseId"));
    }
}
