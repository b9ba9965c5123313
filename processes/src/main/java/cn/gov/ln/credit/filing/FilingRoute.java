package cn.gov.ln.credit.filing;

/** How the credit check routes a filing (绿色通道 / 容缺受理 / 一般 / 审慎); decided by the CreditRouting DMN table. */
public enum FilingRoute {
    GREEN, TOLERANCE, NORMAL, RESTRICTED
}
