package cn.gov.ln.credit.inspection;

/** A draw recomputed: whether the recorded inputs still give the digest, and the same subjects and inspectors. */
public record DrawVerification(boolean digestMatches, boolean resultMatches, String digest) {

    public boolean holds() {
        return digestMatches && resultMatches;
    }
}
