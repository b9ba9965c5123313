package cn.gov.ln.credit.repair;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RepairMapper {

    void insert(@Param("r") RepairApplication application, @Param("generated") GeneratedId generated);

    void setNumber(@Param("id") long id, @Param("repairNo") String repairNo);

    void setProof(@Param("id") long id, @Param("documentId") long documentId);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    RepairApplication findById(@Param("id") long id);

    long countPending(@Param("listEntryId") long listEntryId);

    int decide(@Param("id") long id, @Param("status") RepairApplication.RepairStatus status,
            @Param("reason") String reason, @Param("at") Instant at, @Param("by") String by);

    List<RepairApplication> findBySubject(@Param("subjectId") long subjectId);

    List<RepairApplication> search(@Param("scopePattern") String scopePattern, @Param("q") RepairQuery query,
            @Param("submittedFrom") Instant submittedFrom, @Param("submittedBefore") Instant submittedBefore,
            @Param("sort") Sort<RepairSortKey> sort, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") RepairQuery query,
            @Param("submittedFrom") Instant submittedFrom, @Param("submittedBefore") Instant submittedBefore);

    List<PublicRepair> findPublic(@Param("offset") int offset, @Param("limit") int limit);

    long countPublic();
}
