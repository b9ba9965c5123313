package cn.gov.ln.credit.objection;

/** A record about the applicant that they may dispute, as the objection form offers it. */
public record DisputableRecord(Objection.RecordType type, long id, String summary, boolean disputed) {
}
