package cn.gov.ln.credit.penalty;

/** A case as a department sees it: its own part, the case, the subject and the measures asked of it. */
public record IncomingCase(PenaltyResponse response, PenaltyCase penaltyCase, String subjectName,
        String subjectIdentifier, String listingReason, String tier, String basisNumber) {
}
