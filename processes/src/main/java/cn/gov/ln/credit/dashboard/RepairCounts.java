package cn.gov.ln.credit.dashboard;

/** Credit repair applications by outcome. */
public record RepairCounts(long granted, long refused, long pending) {
}
