package cn.gov.ln.credit.incentive;

import java.time.Instant;

/**
 * A joint incentive measure for red-listed subjects (守信激励措施): what the department of the line does, and the
 * legal basis it rests on.
 */
public record IncentiveMeasure(long id, String code, String catalogue, String lineCode, String area, String content,
        String legalBasis, boolean active, int sortOrder, Instant updatedAt, String updatedBy) {
}
