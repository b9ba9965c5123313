package cn.gov.ln.credit.breach;

/** A breach a credit officer enters: whose (USCC or citizen ID) and what happened. */
public record NewBreach(String identifier, String description) {
}
