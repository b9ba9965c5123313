package cn.gov.ln.credit.listing;

import java.time.LocalDate;
import java.time.Period;

/**
 * The tiers of the credit repair model in force from 2026-04-01: how long a breach is published, counted from
 * the date of its legal document, and when repair may be applied for.
 */
public enum BreachTier {
    /** Not published, or at most 3 months if needed; repairable once the obligation is met. */
    MINOR(Period.ZERO, Period.ofMonths(3)),
    /** Published 3 months to 1 year. */
    GENERAL(Period.ofMonths(3), Period.ofYears(1)),
    /** Published 1 to 3 years. */
    SERIOUS(Period.ofYears(1), Period.ofYears(3));

    private final Period minimumPublication;
    private final Period maximumPublication;

    BreachTier(Period minimumPublication, Period maximumPublication) {
        this.minimumPublication = minimumPublication;
        this.maximumPublication = maximumPublication;
    }

    public Period minimumPublication() {
        return minimumPublication;
    }

    public Period maximumPublication() {
        return maximumPublication;
    }

    /** The last day of publication, counted from the document's date; null for a minor breach (not published). */
    public LocalDate publishedUntil(LocalDate basisDate) {
        return this == MINOR ? null : basisDate.plus(maximumPublication).minusDays(1);
    }

    /** The last day the entry stays in force: the end of the maximum period. */
    public LocalDate inForceUntil(LocalDate basisDate) {
        return basisDate.plus(maximumPublication).minusDays(1);
    }

    /** The first day repair can be applied for: after the minimum period. */
    public LocalDate repairableFrom(LocalDate basisDate) {
        return basisDate.plus(minimumPublication);
    }
}
