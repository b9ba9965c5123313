package cn.gov.ln.credit.pledge;

/** The life of a pledge. Later facts (fulfilment, reliance) are events, not statuses. */
public enum PledgeStatus {
    DRAFT, SIGNED, WITHDRAWN, SUPERSEDED
}
