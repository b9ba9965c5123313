package cn.gov.ln.credit.pledgetemplate;

public enum VersionStatus {
    /** Being edited; no pledge can use it. */
    DRAFT,
    /** In use; its text can no longer change. */
    PUBLISHED,
    /** Replaced by a newer published version; pledges signed on it keep pointing at it. */
    RETIRED
}
