package cn.gov.ln.credit.redlist;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RedListMapper {

    /** The subject's breaches not yet decided: what a credit check counts as open. */
    long countOpenBreaches(@Param("subjectId") long subjectId);
}
