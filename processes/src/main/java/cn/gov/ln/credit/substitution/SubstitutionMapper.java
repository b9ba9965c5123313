package cn.gov.ln.credit.substitution;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubstitutionMapper {

    /** An officer as a substitution needs them: department, division, whether enabled staff. */
    record Officer(String username, String displayName, String kind, Long departmentId, String divisionCode,
            boolean enabled) {
    }

    Officer findOfficer(@Param("username") String username);

    /** The department's staff, by name. */
    List<Officer> findColleagues(@Param("departmentId") long departmentId);

    List<String> findRoles(@Param("username") String username);

    long countOverlapping(@Param("absent") String absent, @Param("startsAt") Instant startsAt,
            @Param("endsAt") Instant endsAt);

    void insert(@Param("s") Substitution substitution, @Param("generated") GeneratedId generated);

    Substitution findById(@Param("id") long id);

    /** The department's substitutions that have not ended (or ended since {@code since}), newest first. */
    List<Substitution> findOfDepartment(@Param("departmentId") long departmentId, @Param("username") String username,
            @Param("since") Instant since);

    /** Those in force at {@code now} naming {@code substitute}, in the department. */
    List<Substitution> findInForce(@Param("substitute") String substitute, @Param("departmentId") long departmentId,
            @Param("now") Instant now);

    int revoke(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

    /** The candidate groups of the tasks, as (task id, group) pairs. */
    List<TaskGroup> findCandidateGroups(@Param("taskIds") List<String> taskIds);

    record TaskGroup(String taskId, String groupId) {
    }
}
