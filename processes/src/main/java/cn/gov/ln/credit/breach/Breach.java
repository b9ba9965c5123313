package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A breach (违诺 / 失信行为) raised by verification or entered by a credit officer, and its determination under due
 * process: the legal document it rests on, the advance notice, the subject's statement and the listing decision.
 */
public record Breach(long id, long subjectId, String source, Long filingId, String pledgeCode, String description,
        String status, Long departmentId, String divisionCode, Instant raisedAt, String raisedBy, String caseNo,
        LegalBasisType basisType, String basisNumber, String basisIssuer, LocalDate basisDate, Long basisDocumentId,
        BreachTier proposedTier, Instant noticeSentAt, LocalDate defenceDueOn, String statement, Instant statementAt,
        String decisionReason, Instant decidedAt, String decidedBy, Long listEntryId, String processInstanceId,
        String determinedBy, boolean disputed) {

    public static final String RAISED = "RAISED";
    public static final String IN_DETERMINATION = "IN_DETERMINATION";
    public static final String NOTICE_SENT = "NOTICE_SENT";
    public static final String PENDING_DECISION = "PENDING_DECISION";
    public static final String LISTED = "LISTED";
    public static final String NOT_LISTED = "NOT_LISTED";
    public static final String REVOKED = "REVOKED";
    /** Open: not yet decided; what a credit check counts as an open breach. */
    public static final Set<String> OPEN = Set.of(RAISED, IN_DETERMINATION, NOTICE_SENT, PENDING_DECISION);

    public static final String FROM_VERIFICATION = "VERIFICATION";
    public static final String FROM_OFFICER = "OFFICER";
    public static final String FROM_INSPECTION = "INSPECTION";

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** The subject may still answer the advance notice on the given day. */
    public boolean answerableOn(LocalDate day) {
        return NOTICE_SENT.equals(status) && statement == null && defenceDueOn != null && !day.isAfter(defenceDueOn);
    }
}
