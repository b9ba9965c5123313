package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FilingMapper {

    Filing findById(@Param("id") long id);

    Filing findByNo(@Param("filingNo") String filingNo);

    Filing lock(@Param("id") long id);

    Filing findByExternalKey(@Param("key") String key);

    void insert(@Param("f") Filing filing, @Param("generated") GeneratedId generated);

    int setNumberAndProcess(@Param("id") long id, @Param("filingNo") String filingNo,
            @Param("processInstanceId") String processInstanceId);

    int setRoute(@Param("id") long id, @Param("route") FilingRoute route, @Param("dueOn") LocalDate dueOn,
            @Param("papersDueOn") LocalDate papersDueOn, @Param("status") FilingStatus status);

    int setInLieu(@Param("id") long id, @Param("granted") boolean granted, @Param("refusal") String refusal);

    int setStatus(@Param("id") long id, @Param("status") FilingStatus status);

    int setPapersDue(@Param("id") long id, @Param("papersDueOn") LocalDate papersDueOn,
            @Param("status") FilingStatus status);

    int setDecision(@Param("id") long id, @Param("decision") Decision decision, @Param("reason") String reason,
            @Param("at") Instant at, @Param("by") String by, @Param("status") FilingStatus status);

    List<Filing> search(@Param("q") FilingQuery query, @Param("scope") Scope scope,
            @Param("textPattern") String textPattern, @Param("dayFrom") Instant dayFrom,
            @Param("dayBefore") Instant dayBefore, @Param("offset") int offset, @Param("limit") int limit);

    List<FilingListItem> list(@Param("q") FilingQuery query, @Param("scope") Scope scope,
            @Param("textPattern") String textPattern, @Param("dayFrom") Instant dayFrom,
            @Param("dayBefore") Instant dayBefore, @Param("sort") Sort<FilingSortKey> sort,
            @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("q") FilingQuery query, @Param("scope") Scope scope, @Param("textPattern") String textPattern,
            @Param("dayFrom") Instant dayFrom, @Param("dayBefore") Instant dayBefore);

    void insertEvent(FilingEvent event);

    List<FilingEvent> findEvents(@Param("filingId") long filingId);

    void insertDocument(@Param("d") FilingDocument document, @Param("content") byte[] content,
            @Param("generated") GeneratedId generated);

    List<FilingDocument> findDocuments(@Param("filingId") long filingId);

    FilingDocument findDocument(@Param("id") long id);

    Content findDocumentContent(@Param("id") long id);

    /** The bytes of a stored file (a byte array return would be read as many rows). */
    record Content(byte[] content) {
    }

    /** Who may see which filings: a division prefix, and a department, an applicant or both unset. */
    record Scope(String divisionPattern, Long departmentId, String applicantUsername) {
    }
}
