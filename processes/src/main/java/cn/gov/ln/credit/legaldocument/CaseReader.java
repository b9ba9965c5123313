package cn.gov.ln.credit.legaldocument;

/**
 * Tells whether the caller may read a case, so its papers are read by exactly the case's readers. Each case
 * feature provides one; it throws the feature's not-found or access-denied answer when the caller may not.
 */
public interface CaseReader {

    CaseType caseType();

    void requireReadable(long caseId);
}
