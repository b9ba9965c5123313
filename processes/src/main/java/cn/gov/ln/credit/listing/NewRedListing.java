package cn.gov.ln.credit.listing;

import java.time.LocalDate;

/** A red list entry decided by a credit officer on a commendation or an evaluation result. */
public record NewRedListing(long subjectId, String reason, LegalBasisType basisType, String basisNumber,
        String basisIssuer, LocalDate basisDate, long departmentId, String divisionCode, LocalDate listedOn,
        LocalDate expiresOn, LocalDate publishUntil) {
}
