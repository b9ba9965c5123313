package cn.gov.ln.credit.pledge;

/** What can happen to a signed pledge; each is a new registry entry, never an overwrite. */
public enum PledgeEventType {
    SIGNED, WITHDRAWN, SUPERSEDED, FULFILLMENT_DETERMINED, RELIED_ON
}
