package cn.gov.ln.credit.listing;

public enum ListStatus {
    ACTIVE,
    LIFTED,
    EXPIRED
}
