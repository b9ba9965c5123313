package cn.gov.ln.credit.seal;

/** A signature and the id of the key that made it (the SM3 of its certificate). */
public record Seal(String keyId, String signature) {
}
