package cn.gov.ln.credit.integration.creditsource;

import cn.gov.ln.credit.creditcheck.CreditFacts;
import java.util.List;

/**
 * The provincial credit platform's answer for one subject ({@code GET /v1/credit-reports/{identifier}}): name,
 * grade, counts of open breaches and false pledges, and the list entries in force with their legal basis.
 */
record PlatformReport(String name, String grade, Integer openBreaches, Integer falsePledges,
        List<CreditFacts.Hit> entries) {

    CreditFacts facts() {
        List<CreditFacts.Hit> hits = entries == null ? List.of() : entries;
        return new CreditFacts(true, name, grade == null || grade.isBlank() ? null : grade,
                hits.stream().anyMatch(h -> "DISHONESTY".equals(h.listType())),
                hits.stream().anyMatch(h -> "RED".equals(h.listType())),
                openBreaches == null ? 0 : openBreaches, falsePledges == null ? 0 : falsePledges, hits);
    }
}
