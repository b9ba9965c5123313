package cn.gov.ln.credit.inspection;

import java.time.LocalDate;

/** An inspector's record of the inspection: the result, the findings and the day it took place. */
public record ResultRecord(InspectionResult result, String findings, LocalDate inspectedOn) {
}
