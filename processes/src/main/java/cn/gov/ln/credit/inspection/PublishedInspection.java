package cn.gov.ln.credit.inspection;

import java.time.LocalDate;

/**
 * One inspection result as the public portal shows it: no natural persons. A BREACH whose breach is not yet
 * determined is published without its findings (breachPending), as the subject has not been heard yet.
 */
public record PublishedInspection(long taskId, String subjectName, String uscc, String departmentName,
        String planTitle, InspectionResult result, String findings, LocalDate inspectedOn, boolean breachPending) {
}
