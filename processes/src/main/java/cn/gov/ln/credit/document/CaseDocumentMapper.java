package cn.gov.ln.credit.document;

import cn.gov.ln.credit.shared.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CaseDocumentMapper {

    void insert(@Param("d") CaseDocument document, @Param("content") byte[] content,
            @Param("generated") GeneratedId generated);

    CaseDocument findById(@Param("id") long id);

    List<CaseDocument> findByOwner(@Param("ownerType") String ownerType, @Param("ownerId") long ownerId);

    Content findContent(@Param("id") long id);

    /** The bytes of a stored file (a byte array return would be read as many rows). */
    record Content(byte[] content) {
    }
}
