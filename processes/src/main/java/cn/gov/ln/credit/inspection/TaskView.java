package cn.gov.ln.credit.inspection;

import java.util.List;

/** A task as officers see it: with its plan's number and title, the subject's name and the inspectors. */
public record TaskView(InspectionTask task, String planNo, String planTitle, String subjectName,
        String subjectIdentifier, List<String> inspectors) {
}
