package cn.gov.ln.credit.pledgetemplate;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TemplateMapper {

    List<PledgeTemplate> findTemplates();

    PledgeTemplate findTemplate(@Param("id") long id);

    PledgeTemplate findTemplateByCode(@Param("code") String code);

    List<TemplateVersion> findVersions(@Param("templateId") long templateId);

    TemplateVersion findVersion(@Param("id") long id);

    List<TemplateVersion> findPublished();

    void insertTemplate(@Param("t") PledgeTemplate template, @Param("generated") GeneratedId generated);

    void insertVersion(@Param("v") TemplateVersion version, @Param("generated") GeneratedId generated);

    int updateDraft(@Param("id") long id, @Param("text") TemplateText text);

    int publish(@Param("id") long id, @Param("textHash") String textHash, @Param("at") Instant at,
            @Param("by") String by);

    int updateAudience(@Param("id") long id, @Param("audience") TemplateAudience audience);

    int retireOthers(@Param("templateId") long templateId, @Param("keepId") long keepId);
}
