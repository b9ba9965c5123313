package cn.gov.ln.credit.pledge;

/** The determination of whether a pledge was kept (全部履行 / 部分履行 / 全部未履行). */
public enum FulfillmentStatus {
    FULFILLED, PARTLY_FULFILLED, NOT_FULFILLED
}
