package cn.gov.ln.credit.creditcheck;

/**
 * Where credit facts come from: the local credit database by default, or the provincial credit platform over
 * HTTP. Adapters live in the integration module. A source that cannot answer throws
 * {@link CreditSourceUnavailableException}; it never answers "nothing found" instead.
 */
public interface CreditSource {

    /** A short name recorded in the evidence, e.g. {@code LOCAL} or {@code PROVINCIAL_PLATFORM}. */
    String name();

    CreditFacts lookup(String identifier);
}
