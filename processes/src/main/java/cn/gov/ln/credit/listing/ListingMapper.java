package cn.gov.ln.credit.listing;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ListingMapper {

    List<ListEntry> findBySubject(@Param("subjectId") long subjectId);

    List<Row> search(@Param("scopePattern") String scopePattern, @Param("q") ListQuery query,
            @Param("textPattern") String textPattern, @Param("today") LocalDate today, @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("scopePattern") String scopePattern, @Param("q") ListQuery query,
            @Param("textPattern") String textPattern, @Param("today") LocalDate today);

    long countInForce(@Param("scopePattern") String scopePattern, @Param("listType") ListType listType,
            @Param("today") LocalDate today);

    /** A list entry joined with its subject's name, kind and identifier. */
    record Row(long id, String listType, long subjectId, String tier, String reason, String basisType,
            String basisNumber, String basisIssuer, LocalDate basisDate, long departmentId, String divisionCode,
            LocalDate listedOn, LocalDate publishUntil, LocalDate expiresOn, String status,
            java.time.Instant createdAt, String createdBy, String subjectName, String subjectKind, String uscc,
            String citizenId) {
    }
}
