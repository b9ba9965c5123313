package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.legaldocument.CaseReader;
import cn.gov.ln.credit.legaldocument.CaseType;
import org.springframework.stereotype.Component;

/** A filing's papers are read by those who may read the filing. */
@Component
class FilingCaseReader implements CaseReader {

    private final FilingQueries queries;

    FilingCaseReader(FilingQueries queries) {
        this.queries = queries;
    }

    @Override
    public CaseType caseType() {
        return CaseType.FILING;
    }

    @Override
    public void requireReadable(long caseId) {
        queries.get(caseId);
    }
}
