package cn.gov.ln.credit.redlist;

import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A credit officer's red list determination: whose (USCC or citizen ID), on which commendation or evaluation
 * result (type, number, issuer, date), why, for which period, and until when it is published on the portal.
 */
public record RedListDetermination(
        @NotBlank @Size(max = 64) @CleanText(singleLine = true) String identifier,
        @NotNull LegalBasisType basisType,
        @NotBlank @Size(max = 128) @CleanText(singleLine = true) String basisNumber,
        @NotBlank @Size(max = 128) @CleanText(singleLine = true) String basisIssuer,
        @NotNull @PastOrPresent LocalDate basisDate,
        @NotBlank @Size(max = 512) @CleanText String reason,
        @NotNull LocalDate listedOn,
        @NotNull LocalDate expiresOn,
        @NotNull LocalDate publishUntil) {
}
