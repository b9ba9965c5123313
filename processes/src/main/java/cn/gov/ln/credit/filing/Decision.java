package cn.gov.ln.credit.filing;

/** The approval officer's decision; asking for papers sends the filing back through review. */
public enum Decision {
    APPROVE, REJECT, REQUEST_PAPERS
}
