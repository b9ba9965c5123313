package cn.gov.ln.credit.listing;

import java.time.LocalDate;

/** A dishonesty listing decided at the end of a breach determination. */
public record NewListing(Long breachId, long subjectId, BreachTier tier, String reason, LegalBasisType basisType,
        String basisNumber, String basisIssuer, LocalDate basisDate, long departmentId, String divisionCode) {
}
