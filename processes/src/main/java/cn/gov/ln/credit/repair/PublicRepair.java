package cn.gov.ln.credit.repair;

import java.time.Instant;

/** A granted repair as the public portal shows it: organisations only. */
public record PublicRepair(String repairNo, String subjectName, String uscc, String listingReason, String basisNumber,
        Instant decidedAt) {
}
