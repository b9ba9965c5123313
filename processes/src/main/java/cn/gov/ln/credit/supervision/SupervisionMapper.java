package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SupervisionMapper {

    void insert(@Param("m") SupervisionMark mark, @Param("generated") GeneratedId generated);

    SupervisionMark findById(@Param("id") long id);

    List<SupervisionMark> findOfCase(@Param("caseType") SupervisedCase caseType, @Param("caseId") long caseId);

    /** Of the cases, those with an open mark. */
    List<Long> findOpenCases(@Param("caseType") SupervisedCase caseType, @Param("caseIds") Collection<Long> caseIds);

    int lift(@Param("id") long id, @Param("at") Instant at, @Param("by") String by, @Param("reason") String reason);

    void insertRecipient(@Param("markId") long markId, @Param("username") String username);

    List<String> findRecipients(@Param("markId") long markId);

    List<SupervisionMark> search(@Param("q") SupervisionListQuery query, @Param("scope") SupervisionScope scope,
            @Param("sort") Sort<SupervisionSortKey> sort, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") SupervisionListQuery query, @Param("scope") SupervisionScope scope);

    /** Open marks due before {@code today} not yet reminded of, oldest due first. */
    List<SupervisionMark> findToRemind(@Param("today") LocalDate today, @Param("limit") int limit);

    /** Claims a mark's one reminder: 1 for the node that sets it, 0 when another did or the mark was lifted. */
    int claimReminder(@Param("id") long id, @Param("at") Instant at);
}
