package cn.gov.ln.credit.filing;

/** What the intake officer decides: forward for decision, ask for papers, or refuse at intake. */
public enum ReviewDecision {
    ACCEPT, REQUEST_PAPERS, REJECT
}
