package cn.gov.ln.credit.inspection;

import java.time.LocalDate;

/** One inspection result as the public portal shows it: organisations only. */
public record PublishedInspection(long taskId, String subjectName, String uscc, String departmentName,
        String planTitle, InspectionResult result, String findings, LocalDate inspectedOn) {
}
