package cn.gov.ln.credit.subject;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SubjectMapper {

    CreditSubject findById(@Param("id") long id);

    CreditSubject findByUscc(@Param("uscc") String uscc);

    CreditSubject findByCitizenId(@Param("citizenId") String citizenId);

    List<CreditSubject> search(@Param("scopePattern") String scopePattern, @Param("q") SubjectQuery query,
            @Param("textPattern") String textPattern, @Param("sort") Sort<SubjectSortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") SubjectQuery query,
            @Param("textPattern") String textPattern);

    List<GradeCount> countByGrade(@Param("scopePattern") String scopePattern);

    void insert(@Param("s") CreditSubject subject, @Param("generated") GeneratedId generated);

    AllowListEntry findAllowListed(@Param("uscc") String uscc);

    List<AllowListEntry> findAllowList();

    void insertAllowListed(AllowListEntry entry);

    int deleteAllowListed(@Param("uscc") String uscc);

    record GradeCount(String grade, long subjects) {
    }
}
