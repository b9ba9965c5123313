package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.listing.ListEntry;
import java.util.List;

/** A case with every department's part, the listing it rests on and the measures of the catalogue it names. */
public record PenaltyCaseDetail(PenaltyCaseSummary summary, ListEntry listing, List<DepartmentPart> parts,
        List<PenaltyMeasure> measures) {

    /** One department's part with the department named. */
    public record DepartmentPart(PenaltyResponse response, String departmentName, boolean overdue) {
    }
}
