package cn.gov.ln.credit.incentive;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one thing the JointIncentive model asks in an expression (the departments of its fan-out), as the model
 * reaches it ({@code incentiveModel}): a deployed model cannot open, close, escalate or announce cases through it.
 */
@Component("incentiveModel")
public class IncentiveModelSteps {

    private final IncentiveMapper mapper;

    IncentiveModelSteps(IncentiveMapper mapper) {
        this.mapper = mapper;
    }

    /** The departments of a case, in the order they were asked: the collection of the process's fan-out. */
    public List<Long> departmentsOf(Object caseId) {
        return mapper.findParts(((Number) caseId).longValue()).stream().map(IncentivePart::departmentId).toList();
    }
}
