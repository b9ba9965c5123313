package cn.gov.ln.credit.savedfilter;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface SavedFilterMapper {

    List<SavedFilter> findFor(@Param("username") String username, @Param("listRoute") String listRoute);

    long countFor(@Param("username") String username, @Param("listRoute") String listRoute);

    void insert(SavedFilter filter);

    int replaceQuery(@Param("username") String username, @Param("listRoute") String listRoute,
            @Param("name") String name, @Param("queryString") String queryString);

    int delete(@Param("id") long id, @Param("username") String username);
}
