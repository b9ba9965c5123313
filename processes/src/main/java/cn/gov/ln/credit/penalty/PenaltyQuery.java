package cn.gov.ln.credit.penalty;

/** Filters of the case lists; null means no filter. {@code openOnly}: cases or parts not yet done. */
public record PenaltyQuery(boolean openOnly, PenaltyAction action, String text) {
}
