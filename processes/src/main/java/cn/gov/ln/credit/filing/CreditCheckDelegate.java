package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Runs the credit check at intake ({@code Task_CheckCredit}) and again before the decision
 * ({@code Task_RecheckCredit}); an unreachable source fails the job, which is retried and then becomes an incident. */
@Component("creditCheckDelegate")
class CreditCheckDelegate extends SystemDelegate {

    /**
     * The facts the routing table reads right after the check, in the same transaction, are not stored: the check
     * record holds them as evidence. The grade is stored, as the review and decision forms show it.
     */
    private static final boolean TRANSIENT = true;

    private final FilingSteps steps;

    CreditCheckDelegate(SystemRunner system, FilingSteps steps) {
        super(system);
        this.steps = steps;
    }

    @Override
    protected void run(DelegateExecution execution) {
        CheckPurpose purpose = "Task_RecheckCredit".equals(execution.getCurrentActivityId()) ? CheckPurpose.PRE_DECISION
                : CheckPurpose.INTAKE;
        CreditCheckService.CheckResult result = steps.checkCredit(filingId(execution), purpose);
        CreditCheckRecord record = result.record();
        execution.setVariable("grade", record.grade() == null ? "" : record.grade());
        execution.setVariable("dishonestyListed", Variables.booleanValue(record.dishonestyListed(), TRANSIENT));
        execution.setVariable("redListed", Variables.booleanValue(record.redListed(), TRANSIENT));
        execution.setVariable("openBreaches", Variables.integerValue(record.openBreaches(), TRANSIENT));
        execution.setVariable("falsePledges", Variables.integerValue(record.falsePledges(), TRANSIENT));
    }
}
