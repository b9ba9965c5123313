package cn.gov.ln.credit.redlist;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RedListMapper {

    /** The subject's breaches not yet decided: what a credit check counts as open. */
    long countOpenBreaches(@Param("subjectId") long subjectId);

    /** Locks the subject's row until the transaction ends, so eligibility checks and listings of one subject queue. */
    Long lockSubject(@Param("subjectId") long subjectId);

    /** Red entries still active whose period ended before today, oldest first. */
    List<Long> findExpired(@Param("today") LocalDate today, @Param("limit") int limit);
}
