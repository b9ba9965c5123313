package cn.gov.ln.credit.grade;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface GradeMapper {

    List<GradeRecord> findBySubject(@Param("subjectId") long subjectId);

    void insert(@Param("r") GradeRecord record);

    void setCurrentGrade(@Param("subjectId") long subjectId, @Param("grade") CreditGrade grade);

    String findKind(@Param("subjectId") long subjectId);

    long countSeriousInForce(@Param("subjectId") long subjectId, @Param("today") LocalDate today);
}
