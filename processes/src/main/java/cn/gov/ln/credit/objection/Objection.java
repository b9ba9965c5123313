package cn.gov.ln.credit.objection;

import java.time.Instant;
import java.time.LocalDate;

/** A subject's objection to a record about them, and how it was answered. */
public record Objection(long id, String objectionNo, long subjectId, RecordType recordType, long recordId,
        Ground ground, String description, Long departmentId, String divisionCode, String submittedBy,
        Instant submittedAt, LocalDate replyDueOn, String externalKey, ObjectionStatus status, String outcomeReason,
        Instant decidedAt, String decidedBy, String processInstanceId) {

    /** The records a subject can dispute. */
    public enum RecordType {
        LIST_ENTRY,
        BREACH
    }

    /** The grounds of DOMAIN.md: error, omission, duplicate, should-not-publish, past its period, source mismatch. */
    public enum Ground {
        ERROR,
        OMISSION,
        DUPLICATE,
        SHOULD_NOT_PUBLISH,
        PAST_PERIOD,
        SOURCE_MISMATCH
    }

    public enum ObjectionStatus {
        PENDING,
        CORRECTED,
        REVOKED,
        UPHELD
    }

    public boolean isPending() {
        return status == ObjectionStatus.PENDING;
    }
}
