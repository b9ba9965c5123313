package cn.gov.ln.credit.pledge;

import java.time.Instant;

/**
 * The exact bytes that are hashed: every field, in a fixed order, length-prefixed so no value can run into the
 * next. Empty and absent values read the same (Oracle stores an empty string as NULL).
 */
final class Canonical {

    private final StringBuilder text = new StringBuilder();

    static String of(Pledge p) {
        return new Canonical().add("recordCode", p.recordCode()).add("templateVersionId", p.templateVersionId())
                .add("templateTextHash", p.templateTextHash()).add("pledgeType", p.pledgeType())
                .add("matterCode", p.matterCode()).add("subjectId", p.subjectId()).add("pledgerName", p.pledgerName())
                .add("pledgerCategory", p.pledgerCategory()).add("pledgerIdentifier", p.pledgerIdentifier())
                .add("reason", p.reason()).add("content", p.content()).add("liability", p.liability())
                .add("fieldValues", p.fieldValues()).add("publicity", p.publicity())
                .add("acceptingDepartmentId", p.acceptingDepartmentId())
                .add("acceptingUnitName", p.acceptingUnitName()).add("acceptingUnitUscc", p.acceptingUnitUscc())
                .add("divisionCode", p.divisionCode()).add("externalReference", p.externalReference())
                .add("pledgeDate", p.pledgeDate()).add("validUntil", p.validUntil())
                .add("signerUsername", p.signerUsername()).add("channel", p.channel())
                .add("signedAt", millis(p.signedAt())).text.toString();
    }

    static String of(PledgeEvent e, String recordCode) {
        return new Canonical().add("recordCode", recordCode).add("pledgeId", e.pledgeId())
                .add("eventType", e.eventType()).add("fulfillmentStatus", e.fulfillmentStatus())
                .add("unfulfilledContent", e.unfulfilledContent()).add("actionTaken", e.actionTaken())
                .add("determinationDate", e.determinationDate()).add("determiningUnit", e.determiningUnit())
                .add("determiningUscc", e.determiningUscc()).add("note", e.note())
                .add("relatedCode", e.relatedCode()).add("occurredAt", millis(e.occurredAt()))
                .add("actor", e.actor()).text.toString();
    }

    static String entry(String previousHash, long seq, String contentHash) {
        return previousHash + "|" + seq + "|" + contentHash;
    }

    private Canonical add(String name, Object value) {
        String v = value == null ? "" : value.toString();
        text.append(name).append(':').append(v.length()).append(':').append(v).append('\n');
        return this;
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
