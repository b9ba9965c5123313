package cn.gov.ln.credit.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One drawn subject of a plan, its inspection and its publication. */
public record InspectionTask(
        long id,
        long planId,
        long subjectId,
        long departmentId,
        String divisionCode,
        String grade,
        boolean redListed,
        BigDecimal rate,
        LocalDate dueOn,
        String status,
        InspectionResult result,
        String findings,
        LocalDate inspectedOn,
        String recordedBy,
        Instant recordedAt,
        LocalDate publishDueOn,
        Instant publishedAt,
        Long breachId,
        String processInstanceId) {

    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";

    public boolean isOpen() {
        return OPEN.equals(status);
    }
}
