package cn.gov.ln.credit.objection;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ObjectionMapper {

    void insert(@Param("o") Objection objection, @Param("generated") GeneratedId generated);

    void setNumber(@Param("id") long id, @Param("objectionNo") String objectionNo);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    Objection findById(@Param("id") long id);

    Objection findByExternalKey(@Param("externalKey") String externalKey);

    long countPending(@Param("recordType") Objection.RecordType recordType, @Param("recordId") long recordId);

    int decide(@Param("id") long id, @Param("status") Objection.ObjectionStatus status, @Param("reason") String reason,
            @Param("at") Instant at, @Param("by") String by);

    List<Objection> findBySubject(@Param("subjectId") long subjectId);

    List<Objection> search(@Param("scopePattern") String scopePattern, @Param("q") ObjectionQuery query,
            @Param("submittedFrom") Instant submittedFrom, @Param("submittedBefore") Instant submittedBefore,
            @Param("sort") Sort<ObjectionSortKey> sort, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") ObjectionQuery query,
            @Param("submittedFrom") Instant submittedFrom, @Param("submittedBefore") Instant submittedBefore);
}
