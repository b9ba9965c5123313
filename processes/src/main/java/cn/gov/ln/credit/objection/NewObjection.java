package cn.gov.ln.credit.objection;

/**
 * An objection as a subject (or a department's system on its behalf, naming the subject by {@code identifier} and
 * its own {@code externalReference}) raises it.
 */
public record NewObjection(Objection.RecordType recordType, Long recordId, Objection.Ground ground,
        String description, String identifier, String externalReference) {
}
