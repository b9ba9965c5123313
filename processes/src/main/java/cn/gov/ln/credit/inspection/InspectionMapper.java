package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.inspection.DrawInputs.Candidate;
import cn.gov.ln.credit.inspection.DrawInputs.Inspector;
import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InspectionMapper {

    void insertPlan(@Param("p") InspectionPlan plan, @Param("generated") GeneratedId generated);

    void setPlanNo(@Param("id") long id, @Param("planNo") String planNo);

    /** The plan without its recorded draw inputs (drawInputs is null). */
    InspectionPlan findPlan(@Param("id") long id);

    /** The plan with its recorded draw inputs, for verifying the draw. */
    InspectionPlan findPlanWithInputs(@Param("id") long id);

    /** Locks the department's row so its draws run one after the other and each sees the previous one's tasks. */
    Long lockDepartment(@Param("id") long id);

    List<InspectionPlan> searchPlans(@Param("departmentId") long departmentId, @Param("offset") int offset,
            @Param("limit") int limit);

    long countPlans(@Param("departmentId") long departmentId);

    int markDrawn(@Param("id") long id, @Param("seed") String seed, @Param("inputs") String inputs,
            @Param("digest") String digest, @Param("model") String model, @Param("by") String by,
            @Param("at") Instant at);

    int closePlan(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

    long countUnrecorded(@Param("planId") long planId);

    /**
     * The organisations and sole traders (never natural persons) of the divisions, by id, with their grade and red
     * list mark.
     */
    List<Candidate> candidates(@Param("prefixes") List<String> prefixes, @Param("today") LocalDate today);

    /** Enabled staff of the department whose roles grant the inspector's permission. */
    List<Inspector> pool(@Param("departmentId") long departmentId, @Param("permission") String permission,
            @Param("enabled") boolean enabled);

    /** For subjects of the divisions: the inspectors of each one's latest inspection task by the department. */
    List<Map<String, Object>> previousInspectors(@Param("departmentId") long departmentId,
            @Param("prefixes") List<String> prefixes);

    void insertTask(@Param("t") InspectionTask task, @Param("generated") GeneratedId generated);

    void insertInspector(@Param("taskId") long taskId, @Param("username") String username);

    void setProcessInstance(@Param("id") long id, @Param("instance") String instance);

    InspectionTask findTask(@Param("id") long id);

    List<InspectionTask> findTasksOfPlan(@Param("planId") long planId);

    List<String> inspectorsOf(@Param("taskId") long taskId);

    List<InspectionTask> searchTasks(@Param("departmentId") long departmentId, @Param("openOnly") boolean openOnly,
            @Param("inspector") String inspector, @Param("offset") int offset, @Param("limit") int limit);

    long countTasks(@Param("departmentId") long departmentId, @Param("openOnly") boolean openOnly,
            @Param("inspector") String inspector);

    int recordResult(@Param("id") long id, @Param("r") ResultRecord result, @Param("by") String by,
            @Param("at") Instant at, @Param("publishDueOn") LocalDate publishDueOn,
            @Param("publishedAt") Instant publishedAt);

    int setBreach(@Param("id") long id, @Param("breachId") long breachId);

    List<PublishedInspection> published(@Param("offset") int offset, @Param("limit") int limit);

    long countPublished();

    /** Per subject of the id range: how many results of the kind were recorded since the day. */
    List<Map<String, Object>> countResults(@Param("result") InspectionResult result, @Param("fromId") long fromId,
            @Param("toId") long toId, @Param("since") LocalDate since);
}
