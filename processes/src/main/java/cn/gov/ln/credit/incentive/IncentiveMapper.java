package cn.gov.ln.credit.incentive;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IncentiveMapper {

    List<IncentiveMeasure> findMeasures();

    void insertCase(@Param("c") IncentiveCase incentiveCase, @Param("generated") GeneratedId generated);

    void setCaseNo(@Param("id") long id, @Param("caseNo") String caseNo);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    IncentiveCase findCase(@Param("id") long id);

    IncentiveCase findCaseByEntry(@Param("listEntryId") long listEntryId);

    int closeCase(@Param("id") long id, @Param("closedAt") Instant closedAt);

    int withdrawCase(@Param("id") long id, @Param("closedAt") Instant closedAt);

    int withdrawParts(@Param("caseId") long caseId);

    void insertPart(@Param("p") IncentivePart part);

    List<IncentivePart> findParts(@Param("caseId") long caseId);

    IncentivePart findPart(@Param("caseId") long caseId, @Param("departmentId") long departmentId);

    int respond(@Param("p") IncentivePart part);

    int report(@Param("p") IncentivePart part);

    int escalate(@Param("id") long id, @Param("at") Instant at);

    int announce(@Param("id") long id, @Param("at") Instant at);

    List<ReminderRow> findToRemind(@Param("today") LocalDate today, @Param("horizon") LocalDate horizon,
            @Param("limit") int limit);

    int claimReminder(@Param("id") long id, @Param("at") Instant at);

    List<IncentiveCase> searchCases(@Param("scopePattern") String scopePattern, @Param("openOnly") boolean openOnly,
            @Param("offset") int offset, @Param("limit") int limit);

    long countCases(@Param("scopePattern") String scopePattern, @Param("openOnly") boolean openOnly);

    List<IncentiveCase> searchIncoming(@Param("departmentId") long departmentId, @Param("openOnly") boolean openOnly,
            @Param("offset") int offset, @Param("limit") int limit);

    long countIncoming(@Param("departmentId") long departmentId, @Param("openOnly") boolean openOnly);

    /** A department's part still to answer, its response deadline near. */
    record ReminderRow(long partId, long caseId, long departmentId) {
    }
}
