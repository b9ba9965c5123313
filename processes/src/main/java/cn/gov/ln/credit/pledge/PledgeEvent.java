package cn.gov.ln.credit.pledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that happened to a signed pledge. A fulfilment determination carries the fields of the national
 * template: status, what was not fulfilled, the action taken, the date and the determining unit.
 */
public record PledgeEvent(
        long id,
        long pledgeId,
        PledgeEventType eventType,
        FulfillmentStatus fulfillmentStatus,
        String unfulfilledContent,
        String actionTaken,
        LocalDate determinationDate,
        String determiningUnit,
        String determiningUscc,
        String note,
        String relatedCode,
        Instant occurredAt,
        String actor) {
}
