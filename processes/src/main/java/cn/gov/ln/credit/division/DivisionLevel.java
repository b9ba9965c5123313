package cn.gov.ln.credit.division;

public enum DivisionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
