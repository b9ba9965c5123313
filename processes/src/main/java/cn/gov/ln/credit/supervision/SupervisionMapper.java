package cn.gov.ln.credit.supervision;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
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
}
