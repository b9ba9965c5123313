package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DraftMapper {

    void insert(@Param("d") ModelDraft draft, @Param("generated") GeneratedId generated);

    ModelDraft findById(@Param("id") long id);

    ModelDraft findOpen(@Param("resourceName") String resourceName);

    List<ModelDraft> findByStatus(@Param("status") ModelDraft.DraftStatus status);

    List<ModelDraft> findPage(@Param("pattern") String pattern, @Param("offset") int offset,
            @Param("limit") int limit);

    int count(@Param("pattern") String pattern);

    int discard(@Param("id") long id, @Param("at") Instant at);

    int saveContent(@Param("id") long id, @Param("content") String content, @Param("at") Instant at);

    int submit(@Param("id") long id, @Param("at") Instant at, @Param("processInstanceId") String processInstanceId);

    int review(@Param("id") long id, @Param("status") ModelDraft.DraftStatus status, @Param("reviewer") String reviewer,
            @Param("at") Instant at, @Param("comment") String comment);

    int deployed(@Param("id") long id, @Param("deploymentId") String deploymentId);

    int reopen(@Param("id") long id);

    void insertRevision(@Param("r") ModelRevision revision);

    List<ModelRevision> findRevisions(@Param("draftId") long draftId);

    Integer maxRevision(@Param("draftId") long draftId);
}
