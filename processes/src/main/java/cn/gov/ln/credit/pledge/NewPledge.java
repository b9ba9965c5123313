package cn.gov.ln.credit.pledge;

import java.util.Map;

/**
 * What an applicant (or a department system on their behalf) submits: which template, who pledges (an
 * applicant always pledges for their own subject), the reason, the form values, who sees it and to whom it is
 * addressed. {@code externalReference} makes a department system's retry return the same draft.
 */
public record NewPledge(String templateCode, String subjectIdentifier, String reason, Map<String, Object> fields,
        Publicity publicity, Long acceptingDepartmentId, String externalReference) {

    public NewPledge {
        fields = fields == null ? Map.of() : fields;
    }
}
