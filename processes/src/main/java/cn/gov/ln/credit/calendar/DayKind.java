package cn.gov.ln.credit.calendar;

public enum DayKind {
    /** A public holiday or a rest day moved by 调休: no work even on a weekday. */
    HOLIDAY,
    /** A weekend day worked in exchange (调休上班). */
    WORKDAY
}
