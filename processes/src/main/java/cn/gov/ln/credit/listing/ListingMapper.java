package cn.gov.ln.credit.listing;

import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Sort;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ListingMapper {

    List<ListEntry> findBySubject(@Param("subjectId") long subjectId);

    ListEntry findById(@Param("id") long id);

    List<Row> search(@Param("scopePattern") String scopePattern, @Param("q") ListQuery query,
            @Param("textPattern") String textPattern, @Param("today") LocalDate today,
            @Param("sort") Sort<ListSortKey> sort, @Param("offset") int offset, @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") ListQuery query,
            @Param("textPattern") String textPattern, @Param("today") LocalDate today);

    long countInForce(@Param("scopePattern") String scopePattern, @Param("listType") ListType listType,
            @Param("today") LocalDate today);

    List<Row> searchPublished(@Param("textPattern") String textPattern, @Param("today") LocalDate today,
            @Param("offset") int offset, @Param("limit") int limit);

    long countPublished(@Param("textPattern") String textPattern, @Param("today") LocalDate today);

    List<Row> searchPublishedRed(@Param("textPattern") String textPattern, @Param("today") LocalDate today,
            @Param("offset") int offset, @Param("limit") int limit);

    long countPublishedRed(@Param("textPattern") String textPattern, @Param("today") LocalDate today);

    int endRed(@Param("id") long id, @Param("status") ListStatus status, @Param("reason") ListEnding reason,
            @Param("endedOn") LocalDate endedOn, @Param("note") String note);

    String findEndNote(@Param("id") long id);

    void insert(@Param("e") ListEntry entry, @Param("generated") GeneratedId generated);

    int end(@Param("id") long id, @Param("status") ListStatus status, @Param("reason") ListEnding reason,
            @Param("endedOn") LocalDate endedOn);

    int setDisputed(@Param("id") long id, @Param("disputed") boolean disputed);

    int correct(@Param("id") long id, @Param("reason") String reason, @Param("tier") BreachTier tier,
            @Param("publishUntil") LocalDate publishUntil, @Param("expiresOn") LocalDate expiresOn);

    /** A list entry joined with its subject's name, kind and identifier. */
    record Row(long id, String listType, long subjectId, String tier, String reason, String basisType,
            String basisNumber, String basisIssuer, LocalDate basisDate, long departmentId, String divisionCode,
            LocalDate listedOn, LocalDate publishUntil, LocalDate expiresOn, String status,
            java.time.Instant createdAt, String createdBy, Long breachId, boolean disputed, LocalDate endedOn,
            String endReason, String subjectName, String subjectKind, String uscc, String citizenId) {
    }

    /** Locks the subject's row until the transaction ends (the red list determination locks it too). */
    Long lockSubject(@Param("subjectId") long subjectId);
}
