package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.matter.PermitMatter;
import cn.gov.ln.credit.subject.SubjectView;
import java.util.List;

/** A filing as a department system reads it: the filing, its matter and subject, and the evidence of each check. */
public record FilingSummary(Filing filing, PermitMatter matter, SubjectView subject, List<CreditCheckRecord> checks) {
}
