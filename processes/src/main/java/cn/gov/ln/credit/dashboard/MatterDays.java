package cn.gov.ln.credit.dashboard;

/** The average working days from receipt to decision of one permit matter's filings decided in the period. */
public record MatterDays(String matterCode, String matterName, double averageWorkingDays, long decisions) {
}
