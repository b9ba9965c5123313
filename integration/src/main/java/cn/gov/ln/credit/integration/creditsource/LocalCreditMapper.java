package cn.gov.ln.credit.integration.creditsource;

import cn.gov.ln.credit.creditcheck.CreditFacts;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LocalCreditMapper {

    /** The subject, its grade and counts, by USCC or citizen ID: each through its own unique index. */
    SubjectRow findSubject(@Param("identifier") String identifier);

    List<HitRow> findHits(@Param("subjectId") long subjectId, @Param("today") LocalDate today);

    record HitRow(String listType, String tier, String reason, String basisType, String basisNumber,
            String basisIssuer, LocalDate basisDate, LocalDate expiresOn, String department, boolean disputed) {

        CreditFacts.Hit hit() {
            return new CreditFacts.Hit(listType, tier, reason, basisType, basisNumber, basisIssuer,
                    basisDate == null ? null : basisDate.toString(), expiresOn == null ? null : expiresOn.toString(),
                    department, disputed);
        }
    }

    record SubjectRow(long id, String name, String grade, int openBreaches, int falsePledges) {
    }
}
