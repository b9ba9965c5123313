package cn.gov.ln.credit.integration.creditreport;

import cn.gov.ln.credit.legaldocument.LegalDocument;
import java.time.Instant;

/** A credit report issued: its number and verification code, when, and the address of its PDF. */
record CreditReportResponse(String number, String verificationCode, Instant issuedAt, String pdf) {

    static CreditReportResponse of(LegalDocument report, String pdf) {
        return new CreditReportResponse(report.number(), report.verificationCode(), report.issuedAt(), pdf);
    }
}
