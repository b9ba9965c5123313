package cn.gov.ln.credit.filing;

/** Where a filing came in: the applicant portal, an officer at the service window, or a department system. */
public enum FilingChannel {
    PORTAL, WINDOW, API
}
