package cn.gov.ln.credit.legaldocument;

/**
 * Tells whether the caller may read a case, so its papers are read by exactly the case's readers. Each case
 * feature provides one; it throws the feature's not-found or access-denied answer when the caller may not.
 */
public interface CaseReader {

    CaseType caseType();

    void requireReadable(long caseId);

    /**
     * Whether a reader of the case may read this one of its papers: all of them, unless the case shows each reader
     * only a part (a joint penalty case shows a department its own notice, not the other departments').
     */
    default boolean mayRead(LegalDocument document) {
        return true;
    }

    /**
     * Whether the caller may read this one paper of a case they may not read as a whole: a credit report is read
     * by whoever asked for it, not by everyone who may look at its subject. None by default.
     */
    default boolean mayReadPaper(LegalDocument document) {
        return false;
    }
}
