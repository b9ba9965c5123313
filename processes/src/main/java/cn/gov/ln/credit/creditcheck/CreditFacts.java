package cn.gov.ln.credit.creditcheck;

import java.util.List;

/**
 * What a credit source says about one subject at one moment: whether it is known, its grade, the list
 * entries in force (each with its legal basis), open breaches and earlier false pledges.
 */
public record CreditFacts(boolean known, String subjectName, String grade, boolean dishonestyListed,
        boolean redListed, int openBreaches, int falsePledges, List<Hit> hits) {

    public CreditFacts {
        hits = List.copyOf(hits);
    }

    public static CreditFacts unknown() {
        return new CreditFacts(false, null, null, false, false, 0, 0, List.of());
    }

    /**
     * One list entry in force, with the document it rests on; {@code disputed} while an objection about it is open
     * (null from sources that do not say).
     */
    public record Hit(String listType, String tier, String reason, String basisType, String basisNumber,
            String basisIssuer, String basisDate, String expiresOn, String department, Boolean disputed) {

        public boolean underObjection() {
            return Boolean.TRUE.equals(disputed);
        }
    }
}
