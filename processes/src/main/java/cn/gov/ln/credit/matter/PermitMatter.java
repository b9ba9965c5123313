package cn.gov.ln.credit.matter;

import java.util.Arrays;
import java.util.List;

/**
 * A kind of administrative permit that can be filed for (行政许可事项): who handles it (line of work), whether a
 * pledge may replace certificates, whether it is excluded as high-risk, and its statutory time limit.
 */
public record PermitMatter(String code, String lineCode, String name, boolean inLieuAllowed, boolean highRisk,
        int statutoryDays, String requiredPapers, String legalBasis, int sortOrder) {

    public List<String> papers() {
        return Arrays.stream(requiredPapers.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Approval on a pledge is open only where the catalogue allows it and the matter is not high-risk. */
    public boolean acceptsPledgeInLieu() {
        return inLieuAllowed && !highRisk;
    }
}
