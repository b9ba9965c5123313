package cn.gov.ln.credit.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A list's from/to filter on days, both ends included; either may be open. */
public record DateRange(LocalDate from, LocalDate to) {

    public static final DateRange ANY = new DateRange(null, null);

    /** Refuses a range that ends before it starts, naming the {@code to} field. */
    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "validation.dateRange.endBeforeStart");
        }
    }

    /** The first instant of {@code from} in the zone, or null when open. */
    public Instant start(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to} in the zone, or null when open. */
    public Instant endExclusive(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
