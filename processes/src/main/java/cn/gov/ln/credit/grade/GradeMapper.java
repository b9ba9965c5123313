package cn.gov.ln.credit.grade;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface GradeMapper {

    List<GradeRecord> findBySubject(@Param("subjectId") long subjectId);

    String findKind(@Param("subjectId") long subjectId);
}
