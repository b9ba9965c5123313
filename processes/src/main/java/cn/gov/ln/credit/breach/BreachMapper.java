package cn.gov.ln.credit.breach;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BreachMapper {

    void insert(Breach breach);

    int countOpen(@Param("subjectId") long subjectId);

    Breach findForFiling(@Param("filingId") long filingId, @Param("pledgeCode") String pledgeCode);

    List<Breach> search(@Param("scopePattern") String scopePattern, @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern);
}
