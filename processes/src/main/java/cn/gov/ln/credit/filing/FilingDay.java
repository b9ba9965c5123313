package cn.gov.ln.credit.filing;

/** Which day of a filing a list's day range bounds: the day it was received, or the day it was decided. */
public enum FilingDay {
    RECEIVED, DECIDED
}
