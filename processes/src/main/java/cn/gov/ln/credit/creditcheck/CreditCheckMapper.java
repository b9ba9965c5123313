package cn.gov.ln.credit.creditcheck;

import cn.gov.ln.credit.shared.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CreditCheckMapper {

    void insert(@Param("r") CreditCheckRecord record, @Param("generated") GeneratedId generated);

    List<CreditCheckRecord> findByFiling(@Param("filingId") long filingId);
}
