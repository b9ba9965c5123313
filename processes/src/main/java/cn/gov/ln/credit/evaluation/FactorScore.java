package cn.gov.ln.credit.evaluation;

/** One factor of an evaluation: its value read from the record and the score the model gave it. */
public record FactorScore(String name, long value, int score) {
}
