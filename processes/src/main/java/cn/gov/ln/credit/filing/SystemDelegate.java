package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A service task of the filing processes, acting as the system on the filing the process carries. */
abstract class SystemDelegate extends cn.gov.ln.credit.engine.SystemDelegate {

    SystemDelegate(SystemRunner system) {
        super(system);
    }

    static long filingId(DelegateExecution execution) {
        return longVariable(execution, "filingId");
    }
}
