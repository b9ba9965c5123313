package cn.gov.ln.credit.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A department's inspection plan for a period: draft, then drawn (once, by the draw alone), then closed. */
public record InspectionPlan(
        long id,
        String planNo,
        long departmentId,
        String divisionCode,
        String title,
        String scope,
        LocalDate periodStart,
        LocalDate periodEnd,
        String candidateDivisions,
        boolean excludeOwnCounty,
        int inspectorsPerSubject,
        String status,
        String createdBy,
        Instant createdAt,
        String drawSeed,
        String drawInputs,
        String drawDigest,
        String rateModel,
        String drawnBy,
        Instant drawnAt,
        String closedBy,
        Instant closedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String DRAWN = "DRAWN";
    public static final String CLOSED = "CLOSED";

    public List<String> divisions() {
        return Arrays.stream(candidateDivisions.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
