package cn.gov.ln.credit.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Aggregates for the dashboards (an officer's tasks are the task list's own counts); every statement takes the
 * caller's scope (division pattern, department).
 */
@Mapper
interface DashboardMapper {

    List<DayRouteCount> filingsPerDay(@Param("departmentId") long departmentId,
            @Param("divisionPattern") String divisionPattern, @Param("from") Instant from);

    ApprovalShare approvals(@Param("departmentId") long departmentId,
            @Param("divisionPattern") String divisionPattern, @Param("from") Instant from,
            @Param("granted") boolean granted);

    List<DecisionDays> decisionDays(@Param("departmentId") long departmentId,
            @Param("divisionPattern") String divisionPattern, @Param("from") Instant from);

    List<TierCount> entriesInForce(@Param("divisionPattern") String divisionPattern, @Param("today") LocalDate today);

    List<DepartmentFeedback> feedbackByDepartment(@Param("divisionPattern") String divisionPattern);

    ObjectionTimeliness objections(@Param("divisionPattern") String divisionPattern, @Param("today") LocalDate today);

    List<StatusCount> repairsByStatus(@Param("divisionPattern") String divisionPattern);

    record ApprovalShare(long approvals, long inLieu) {
    }

    /** Decisions of one matter received on one day and decided on another. */
    record DecisionDays(String matterCode, LocalDate receivedOn, LocalDate decidedOn, long count) {
    }

    record StatusCount(String status, long count) {
    }
}
