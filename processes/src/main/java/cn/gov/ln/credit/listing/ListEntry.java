package cn.gov.ln.credit.listing;

import java.time.Instant;
import java.time.LocalDate;

/** A subject on the serious-dishonesty list or the red list, with the document it rests on and its period. */
public record ListEntry(
        long id,
        ListType listType,
        long subjectId,
        BreachTier tier,
        String reason,
        LegalBasisType basisType,
        String basisNumber,
        String basisIssuer,
        LocalDate basisDate,
        long departmentId,
        String divisionCode,
        LocalDate listedOn,
        LocalDate publishUntil,
        LocalDate expiresOn,
        ListStatus status,
        Instant createdAt,
        String createdBy,
        Long breachId,
        boolean disputed,
        LocalDate endedOn,
        String endReason) {

    /** Published on the public portal on the given day: a dishonesty entry above the minor tier in its period. */
    public boolean publishedOn(LocalDate day) {
        return listType == ListType.DISHONESTY && status == ListStatus.ACTIVE && publishUntil != null
                && !publishUntil.isBefore(day);
    }

    /** In force on the given day: active and not past its end. */
    public boolean inForceOn(LocalDate day) {
        return status == ListStatus.ACTIVE && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
