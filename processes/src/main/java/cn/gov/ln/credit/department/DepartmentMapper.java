package cn.gov.ln.credit.department;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface DepartmentMapper {

    List<Department> findAll();
}
