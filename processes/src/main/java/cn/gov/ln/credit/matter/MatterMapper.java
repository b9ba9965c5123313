package cn.gov.ln.credit.matter;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface MatterMapper {

    List<PermitMatter> findAll();
}
