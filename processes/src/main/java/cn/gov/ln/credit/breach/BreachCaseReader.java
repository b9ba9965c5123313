package cn.gov.ln.credit.breach;

import cn.gov.ln.credit.legaldocument.CaseReader;
import cn.gov.ln.credit.legaldocument.CaseType;
import org.springframework.stereotype.Component;

/** A breach's papers are read by the credit officers who may read the breach: of its division, in scope. */
@Component
class BreachCaseReader implements CaseReader {

    private final BreachQueries queries;

    BreachCaseReader(BreachQueries queries) {
        this.queries = queries;
    }

    @Override
    public CaseType caseType() {
        return CaseType.BREACH;
    }

    @Override
    public void requireReadable(long caseId) {
        queries.readableByOfficer(caseId);
    }
}
