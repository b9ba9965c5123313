package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import java.time.LocalDate;

/** The legally effective document a determination rests on, and the tier the officer proposes. */
public record LegalDocument(LegalBasisType type, String number, String issuer, LocalDate date, BreachTier tier) {
}
