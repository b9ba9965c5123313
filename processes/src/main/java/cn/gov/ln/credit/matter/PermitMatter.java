package cn.gov.ln.credit.matter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A kind of administrative permit that can be filed for (行政许可事项): who handles it (line of work), whether a
 * pledge may replace certificates, whether it is excluded as high-risk, its statutory time limit, and what its
 * guide (办事指南) tells an applicant: the conditions, the fees and the catalogue of materials.
 */
public record PermitMatter(String code, String lineCode, String name, boolean inLieuAllowed, boolean highRisk,
        int statutoryDays, String requiredPapers, String legalBasis, int sortOrder, String conditions, String fees,
        List<PermitMaterial> materials) {

    public PermitMatter {
        materials = materials == null || materials.isEmpty() ? fromPapers(code, requiredPapers)
                : List.copyOf(materials);
    }

    /** A matter without guide data: its required papers stand for the catalogue (reference data before V24). */
    public PermitMatter(String code, String lineCode, String name, boolean inLieuAllowed, boolean highRisk,
            int statutoryDays, String requiredPapers, String legalBasis, int sortOrder) {
        this(code, lineCode, name, inLieuAllowed, highRisk, statutoryDays, requiredPapers, legalBasis, sortOrder,
                null, null, List.of());
    }

    /** The names of the catalogue's materials, required ones first as the catalogue lists them. */
    public List<String> papers() {
        return materials.stream().map(PermitMaterial::name).toList();
    }

    /** The conditions for the permit (许可条件), one per item. */
    public List<String> conditionList() {
        return split(conditions);
    }

    /** Approval on a pledge is open only where the catalogue allows it and the matter is not high-risk. */
    public boolean acceptsPledgeInLieu() {
        return inLieuAllowed && !highRisk;
    }

    private static List<PermitMaterial> fromPapers(String code, String papers) {
        List<PermitMaterial> list = new ArrayList<>();
        for (String paper : split(papers)) {
            list.add(new PermitMaterial(code, list.size() + 1, paper, true, false, null, null));
        }
        return List.copyOf(list);
    }

    private static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(";")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
