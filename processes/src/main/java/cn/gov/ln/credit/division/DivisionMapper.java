package cn.gov.ln.credit.division;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DivisionMapper {

    List<Division> findAll();

    Division findByCode(@Param("code") String code);
}
