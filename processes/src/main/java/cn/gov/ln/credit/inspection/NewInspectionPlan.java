package cn.gov.ln.credit.inspection;

import cn.gov.ln.credit.shared.CleanText;
import java.time.LocalDate;
import java.util.List;

/**
 * What a department enters for a plan: the candidates are the organisations of the divisions named; inspectors
 * from a subject's own county are kept away when {@code excludeOwnCounty}; {@code inspectorsPerSubject} defaults
 * to 2.
 */
public record NewInspectionPlan(@CleanText(singleLine = true) String title, @CleanText String scope,
        LocalDate periodStart, LocalDate periodEnd, List<String> candidateDivisions, boolean excludeOwnCounty,
        Integer inspectorsPerSubject) {
}
