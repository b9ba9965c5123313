package cn.gov.ln.credit.creditreport;

import cn.gov.ln.credit.legaldocument.CaseReader;
import cn.gov.ln.credit.legaldocument.CaseType;
import cn.gov.ln.credit.legaldocument.LegalDocument;
import cn.gov.ln.credit.legaldocument.LegalDocumentType;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who reads the papers of a subject (credit reports): the subject itself, as their addressee (the papers' own
 * rule), and each report's requester that one report; nobody reads every report about a subject, since each was
 * given to one requester for one reason.
 */
@Component
class SubjectReportReader implements CaseReader {

    private final AccessGuard guard;

    SubjectReportReader(AccessGuard guard) {
        this.guard = guard;
    }

    @Override
    public CaseType caseType() {
        return CaseType.SUBJECT;
    }

    @Override
    public void requireReadable(long caseId) {
        throw new NotFoundException("subject", caseId);
    }

    @Override
    public boolean mayReadPaper(LegalDocument document) {
        return document.type() == LegalDocumentType.CREDIT_REPORT
                && guard.current().username().equals(document.issuedBy());
    }
}
