package cn.gov.ln.credit.listing;

public enum ListType {
    /** 严重失信主体名单 */
    DISHONESTY,
    /** 守信激励名单（红名单） */
    RED
}
