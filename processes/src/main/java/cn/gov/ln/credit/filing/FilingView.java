package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.subject.SubjectView;
import java.util.List;

/**
 * Everything the case screen shows of a filing: the filing, its matter and subject, the evidence of every credit
 * check, the timeline, the papers, and where its process instances are now (for the diagram).
 */
public record FilingView(Filing filing, PermitMatter matter, SubjectView subject, String departmentName,
        List<CreditCheckRecord> checks, List<FilingEvent> events, List<FilingDocument> documents,
        List<ProcessPosition> positions) {

    /** A running process instance of the filing and the activities it waits in. */
    public record ProcessPosition(String processDefinitionId, String processDefinitionKey, String processInstanceId,
            List<String> activeActivityIds) {
    }

    /** Whether the check before the decision differs from the one at intake. */
    public boolean creditChangedSinceIntake() {
        return checks.size() >= 2 && checks.get(checks.size() - 1).differsFrom(checks.get(0));
    }
}
