package cn.gov.ln.credit.integration.subject;

import cn.gov.ln.credit.creditfile.CreditFile;
import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.subject.SubjectView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON of a credit file. A natural person's citizen ID is masked, as on every screen. */
record CreditFileResponse(Subject subject, List<Grade> grades, List<Listing> listings) {

    record Subject(String name, String kind, String identifier, boolean identifierMasked, String identifierStatus,
            String divisionCode, String divisionName, String currentGrade) {
    }

    record Grade(String grade, BigDecimal score, LocalDate evaluatedOn, LocalDate validUntil, String source) {
    }

    record Listing(String listType, String tier, String reason, String basisType, String basisNumber,
            String basisIssuer, LocalDate basisDate, LocalDate listedOn, LocalDate expiresOn, String status,
            boolean inForce, boolean disputed) {
    }

    static CreditFileResponse of(CreditFile file, LocalDate today) {
        SubjectView s = file.subject();
        return new CreditFileResponse(
                new Subject(s.name(), s.kind().name(), s.identifier(), s.identifierMasked(),
                        s.identifierStatus().name(), s.divisionCode(), s.divisionName(), s.currentGrade()),
                file.grades().stream().map(CreditFileResponse::grade).toList(),
                file.listEntries().stream().map(e -> listing(e, today)).toList());
    }

    private static Grade grade(GradeRecord r) {
        return new Grade(r.grade().name(), r.score(), r.evaluatedOn(), r.validUntil(), r.source());
    }

    private static Listing listing(ListEntry e, LocalDate today) {
        return new Listing(e.listType().name(), e.tier() == null ? null : e.tier().name(), e.reason(),
                e.basisType().name(), e.basisNumber(), e.basisIssuer(), e.basisDate(), e.listedOn(), e.expiresOn(),
                e.status().name(), e.inForceOn(today), e.disputed());
    }
}
