package cn.gov.ln.credit.dashboard;

import java.util.List;

/**
 * The credit office's figures in the caller's division. A part the caller may not read is null: list entries
 * ({@code listing:read}), joint penalty feedback ({@code penalty:read}), objections ({@code objection:handle}),
 * repairs ({@code repair:handle}).
 */
public record CreditFigures(List<TierCount> entries, List<DepartmentFeedback> feedback,
        ObjectionTimeliness objections, RepairCounts repairs) {

    public long entriesOf(cn.gov.ln.credit.listing.ListType type) {
        return entries == null ? 0 : entries.stream().filter(e -> e.listType() == type)
                .mapToLong(TierCount::count).sum();
    }

    /** Reported parts as a percentage of all parts of every department, one decimal. */
    public double feedbackRate() {
        long parts = feedback == null ? 0 : feedback.stream().mapToLong(DepartmentFeedback::parts).sum();
        long reported = feedback == null ? 0 : feedback.stream().mapToLong(DepartmentFeedback::reported).sum();
        return parts == 0 ? 0 : Math.round(1000.0 * reported / parts) / 10.0;
    }
}
