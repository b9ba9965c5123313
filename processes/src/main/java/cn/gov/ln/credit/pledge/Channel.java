package cn.gov.ln.credit.pledge;

/** Where a pledge was signed: the applicant portal or a department system through the API. */
public enum Channel {
    PORTAL, API
}
