package cn.gov.ln.credit.audit;

import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    ChainHead lockHead();

    ChainHead findHead();

    void insert(AuditEvent event);

    void moveHead(@Param("lastId") long lastId, @Param("lastHash") String lastHash);

    List<AuditEvent> findAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    List<AuditEvent> search(@Param("scopePattern") String scopePattern,
            @Param("includeUnscoped") boolean includeUnscoped, @Param("actor") String actor,
            @Param("action") String action, @Param("from") Instant from, @Param("to") Instant to,
            @Param("sort") Sort<AuditSortKey> sort, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("includeUnscoped") boolean includeUnscoped,
            @Param("actor") String actor, @Param("action") String action, @Param("from") Instant from,
            @Param("to") Instant to);

    record ChainHead(long lastId, String lastHash) {
    }
}
