package cn.gov.ln.credit.legaldocument;

import cn.gov.ln.credit.shared.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LegalDocumentMapper {

    void insert(@Param("d") LegalDocument document, @Param("generated") GeneratedId generated);

    void insertFile(@Param("documentId") long documentId, @Param("content") byte[] content);

    LegalDocument findById(@Param("id") long id);

    LegalDocument findByNumber(@Param("number") String number);

    LegalDocument findOccurrence(@Param("type") LegalDocumentType type, @Param("caseType") CaseType caseType,
            @Param("caseId") long caseId, @Param("occurrence") String occurrence);

    List<LegalDocument> findByCase(@Param("caseType") CaseType caseType, @Param("caseId") long caseId);

    List<LegalDocument> findBySubject(@Param("subjectId") long subjectId, @Param("limit") int limit);

    File findFile(@Param("documentId") long documentId);

    int markOpened(@Param("id") long id, @Param("at") Instant at, @Param("by") String by);

    int markHandedOver(@Param("id") long id, @Param("at") Instant at, @Param("by") String by,
            @Param("receiptId") long receiptId);

    int revoke(@Param("id") long id, @Param("at") Instant at, @Param("by") String by,
            @Param("reason") String reason);

    String findPattern(@Param("departmentId") long departmentId, @Param("year") int year);

    int updatePattern(@Param("departmentId") long departmentId, @Param("year") int year,
            @Param("pattern") String pattern);

    void insertPattern(@Param("departmentId") long departmentId, @Param("year") int year,
            @Param("pattern") String pattern);

    int insertCounterIfAbsent(@Param("departmentId") long departmentId, @Param("year") int year,
            @Param("series") String series);

    int incrementCounter(@Param("departmentId") long departmentId, @Param("year") int year,
            @Param("series") String series);

    int counterValue(@Param("departmentId") long departmentId, @Param("year") int year,
            @Param("series") String series);

    /** The bytes of a stored PDF (a byte array return would be read as many rows). */
    record File(byte[] content) {
    }
}
