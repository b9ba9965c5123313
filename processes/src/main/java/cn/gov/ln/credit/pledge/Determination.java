package cn.gov.ln.credit.pledge;

import java.time.LocalDate;

/** An officer's determination of whether a pledge was kept, with the fields of the national template. */
public record Determination(FulfillmentStatus status, String unfulfilledContent, String actionTaken,
        LocalDate determinationDate, String note) {
}
