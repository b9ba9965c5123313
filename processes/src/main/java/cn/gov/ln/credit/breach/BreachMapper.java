package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BreachMapper {

    void insert(@Param("b") Breach breach, @Param("generated") GeneratedId generated);

    int countOpen(@Param("subjectId") long subjectId);

    Breach findById(@Param("id") long id);

    Breach findForFiling(@Param("filingId") long filingId, @Param("pledgeCode") String pledgeCode);

    List<Breach> findBySubject(@Param("subjectId") long subjectId);

    List<Breach> search(@Param("scopePattern") String scopePattern, @Param("q") BreachQuery query,
            @Param("textPattern") String textPattern, @Param("raisedFrom") Instant raisedFrom,
            @Param("raisedBefore") Instant raisedBefore, @Param("sort") Sort<BreachSortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") BreachQuery query,
            @Param("textPattern") String textPattern, @Param("raisedFrom") Instant raisedFrom,
            @Param("raisedBefore") Instant raisedBefore);

    int startDetermination(@Param("b") Breach breach, @Param("fromStatus") String fromStatus);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    int sendNotice(@Param("id") long id, @Param("at") Instant at, @Param("dueOn") LocalDate dueOn);

    int recordStatement(@Param("id") long id, @Param("statement") String statement, @Param("at") Instant at);

    int awaitDecision(@Param("id") long id);

    int decide(@Param("id") long id, @Param("status") String status, @Param("reason") String reason,
            @Param("at") Instant at, @Param("by") String by, @Param("listEntryId") Long listEntryId);

    int setStatus(@Param("id") long id, @Param("status") String status);

    int setDescription(@Param("id") long id, @Param("description") String description);

    int setDisputed(@Param("id") long id, @Param("disputed") boolean disputed);
}
