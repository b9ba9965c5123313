package cn.gov.ln.credit.incentive;

import java.util.List;

/** A case with its subject and every department's part, as the credit office follows it. */
public record IncentiveCaseView(IncentiveCase incentiveCase, String subjectName, String subjectIdentifier,
        List<DepartmentPart> parts) {

    public record DepartmentPart(IncentivePart part, String departmentName, boolean overdue) {
    }

    /** The share of departments that have reported, 0 to 1. */
    public double progress() {
        return parts.isEmpty() ? 0 : parts.stream().filter(p -> p.part().status() == IncentivePartStatus.REPORTED)
                .count() / (double) parts.size();
    }
}
