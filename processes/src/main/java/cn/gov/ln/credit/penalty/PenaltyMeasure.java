package cn.gov.ln.credit.penalty;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One measure of the joint penalty catalogue: the national base list or the provincial supplement. It belongs to a
 * line of departments ({@code lineCode}), applies to the list types and tiers named, and rests on its legal basis.
 */
public record PenaltyMeasure(long id, String code, MeasureCatalogue catalogue, String lineCode, String area,
        String content, String legalBasis, String listTypes, String tiers, boolean active, int sortOrder,
        Instant updatedAt, String updatedBy) {

    public boolean appliesTo(ListType listType, BreachTier tier) {
        return active && split(listTypes).contains(listType.name()) && tier != null
                && split(tiers).contains(tier.name());
    }

    public List<BreachTier> tierList() {
        return split(tiers).stream().map(BreachTier::valueOf).toList();
    }

    static List<String> split(String values) {
        return values == null ? List.of() : Arrays.stream(values.split(",")).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }
}
