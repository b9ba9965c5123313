package cn.gov.ln.credit.breach;

import java.time.Instant;

/**
 * A breach (违诺 / 失信行为) raised by verification or entered by a credit officer, waiting for the
 * determination under due process (issue of the joint penalty work).
 */
public record Breach(long id, long subjectId, String source, Long filingId, String pledgeCode, String description,
        String status, Long departmentId, String divisionCode, Instant raisedAt, String raisedBy) {

    public static final String RAISED = "RAISED";
    public static final String FROM_VERIFICATION = "VERIFICATION";
}
