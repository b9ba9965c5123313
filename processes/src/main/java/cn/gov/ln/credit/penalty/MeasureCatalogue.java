package cn.gov.ln.credit.penalty;

/** 全国失信惩戒措施基础清单 / 省补充清单 */
public enum MeasureCatalogue {
    NATIONAL,
    PROVINCIAL
}
