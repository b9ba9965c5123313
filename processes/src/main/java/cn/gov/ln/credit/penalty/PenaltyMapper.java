package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PenaltyMapper {

    List<PenaltyMeasure> findMeasures();

    PenaltyMeasure findMeasure(@Param("code") String code);

    void insertMeasure(@Param("m") PenaltyMeasure measure);

    int updateMeasure(@Param("m") PenaltyMeasure measure);

    void insertCase(@Param("c") PenaltyCase penaltyCase, @Param("generated") GeneratedId generated);

    void setCaseNo(@Param("id") long id, @Param("caseNo") String caseNo);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    PenaltyCase findCase(@Param("id") long id);

    PenaltyCase findCaseByEntry(@Param("listEntryId") long listEntryId, @Param("action") PenaltyAction action);

    int closeCase(@Param("id") long id, @Param("closedAt") Instant closedAt);

    void insertResponse(@Param("r") PenaltyResponse response);

    List<PenaltyResponse> findResponses(@Param("caseId") long caseId);

    PenaltyResponse findResponse(@Param("caseId") long caseId, @Param("departmentId") long departmentId);

    int respond(@Param("r") PenaltyResponse response);

    int report(@Param("r") PenaltyResponse response);

    int escalate(@Param("id") long id, @Param("at") Instant at);

    int announce(@Param("id") long id, @Param("at") Instant at);

    List<ReminderRow> findToRemind(@Param("today") LocalDate today, @Param("horizon") LocalDate horizon,
            @Param("limit") int limit);

    int claimReminder(@Param("id") long id, @Param("at") Instant at);

    List<SummaryRow> searchCases(@Param("scopePattern") String scopePattern, @Param("q") PenaltyQuery query,
            @Param("textPattern") String textPattern, @Param("initiatedFrom") Instant initiatedFrom,
            @Param("initiatedBefore") Instant initiatedBefore, @Param("sort") Sort<PenaltySortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    long countCases(@Param("scopePattern") String scopePattern, @Param("q") PenaltyQuery query,
            @Param("textPattern") String textPattern, @Param("initiatedFrom") Instant initiatedFrom,
            @Param("initiatedBefore") Instant initiatedBefore);

    SummaryRow findSummary(@Param("id") long id);

    List<SummaryRow> findSummariesByEntry(@Param("listEntryId") long listEntryId);

    List<IncomingRow> searchIncoming(@Param("departmentId") long departmentId, @Param("q") IncomingQuery query,
            @Param("textPattern") String textPattern, @Param("receivedFrom") Instant receivedFrom,
            @Param("receivedBefore") Instant receivedBefore, @Param("sort") Sort<IncomingSortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    IncomingRow findIncoming(@Param("departmentId") long departmentId, @Param("caseId") long caseId);

    long countIncoming(@Param("departmentId") long departmentId, @Param("q") IncomingQuery query,
            @Param("textPattern") String textPattern, @Param("receivedFrom") Instant receivedFrom,
            @Param("receivedBefore") Instant receivedBefore);

    /** A department's part still to answer, its response deadline near. */
    record ReminderRow(long responseId, long caseId, long departmentId) {
    }

    /** A case with its subject and the tally of its departments' parts. */
    record SummaryRow(long id, String caseNo, String action, long listEntryId, long subjectId,
            long initiatingDepartmentId, String divisionCode, String initiatedBy, Instant initiatedAt,
            LocalDate responseDueOn, LocalDate feedbackDueOn, String status, Instant closedAt,
            String processInstanceId, String subjectName, String subjectKind, String uscc, int departments,
            int responded, int reported, int escalated) {
    }

    /** A department's part joined with its case and subject. */
    record IncomingRow(long caseId, long departmentId, String caseNo, String action, long listEntryId,
            long subjectId, long initiatingDepartmentId, String divisionCode, String initiatedBy,
            Instant initiatedAt, LocalDate responseDueOn, LocalDate feedbackDueOn, String caseStatus,
            Instant closedAt, String processInstanceId, long responseId, String measureCodes, String status,
            Boolean applied, String appliedMeasures, String responseNote, Instant respondedAt, String respondedBy,
            String feedbackNote, Instant feedbackAt, String feedbackBy, Instant escalatedAt, String subjectName,
            String subjectKind, String uscc, String listingReason, String tier, String basisNumber) {
    }
}
