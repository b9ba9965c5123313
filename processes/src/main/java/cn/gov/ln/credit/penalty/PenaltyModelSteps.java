package cn.gov.ln.credit.penalty;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one thing the JointPenalty model asks in an expression (the departments of its fan-out). Models still name
 * it {@code penaltyService}, as every deployed version does, but reach only this: a deployed model cannot open,
 * close, escalate or announce cases through it.
 */
@Component("penaltyModel")
public class PenaltyModelSteps {

    private final PenaltyMapper mapper;

    PenaltyModelSteps(PenaltyMapper mapper) {
        this.mapper = mapper;
    }

    /** The departments of a case, in the order they were asked: the collection of the process's fan-out. */
    public List<Long> departmentsOf(Object caseId) {
        return mapper.findResponses(((Number) caseId).longValue()).stream().map(PenaltyResponse::departmentId)
                .toList();
    }
}
