package cn.gov.ln.credit.breach;

/** Filters of the breach case list; null means no filter. */
public record BreachQuery(String status, String text) {
}
