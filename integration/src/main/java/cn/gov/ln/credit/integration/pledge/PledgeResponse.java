package cn.gov.ln.credit.integration.pledge;

import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeEvent;
import cn.gov.ln.credit.pledge.PledgeView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pledge record as the API returns it, with the fields of the national collection template. */
record PledgeResponse(String draftRef, String recordCode, String status, String pledgeType, String templateTitle,
        String matterCode, String matterName, String pledgerName, String pledgerCategory, String pledgerIdentifier,
        String reason, String content, String liability, String publicity, String acceptingUnitName,
        String acceptingUnitUscc, LocalDate pledgeDate, LocalDate validUntil, Instant signedAt, String letterHash,
        String fulfillmentStatus, boolean reliedOn, String externalReference, List<Event> events) {

    record Event(String type, String fulfillmentStatus, String unfulfilledContent, String actionTaken,
            LocalDate determinationDate, String determiningUnit, String determiningUscc, String note,
            String relatedCode, Instant occurredAt) {
    }

    static PledgeResponse of(PledgeView view) {
        Pledge p = view.pledge();
        return new PledgeResponse(p.draftRef(), p.recordCode(), p.status().name(), p.pledgeType().name(),
                view.templateTitle(), p.matterCode(), view.matterName(), p.pledgerName(), p.pledgerCategory().name(),
                view.identifierShown(), p.reason(), p.content(), p.liability(), p.publicity().name(),
                p.acceptingUnitName(), p.acceptingUnitUscc(), p.pledgeDate(), p.validUntil(), p.signedAt(),
                p.letterHash(), p.fulfillmentStatus() == null ? null : p.fulfillmentStatus().name(),
                p.reliedOnAt() != null, p.externalReference(),
                view.events().stream().map(PledgeResponse::event).toList());
    }

    private static Event event(PledgeEvent e) {
        return new Event(e.eventType().name(), e.fulfillmentStatus() == null ? null : e.fulfillmentStatus().name(),
                e.unfulfilledContent(), e.actionTaken(), e.determinationDate(), e.determiningUnit(),
                e.determiningUscc(), e.note(), e.relatedCode(), e.occurredAt());
    }
}
