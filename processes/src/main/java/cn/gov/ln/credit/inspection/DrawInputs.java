package cn.gov.ln.credit.inspection;

import java.util.List;
import java.util.Map;

/**
 * Everything a draw reads, recorded with the plan so that anyone can draw again and compare: the candidates in id
 * order with their grades, the inspector pool in username order, the rate of each stratum and the model it came
 * from, each candidate's inspectors of its previous inspection, and the plan's avoidance settings.
 */
public record DrawInputs(
        List<Candidate> candidates,
        List<Inspector> pool,
        Map<String, Double> rates,
        String rateModel,
        int inspectorsPerSubject,
        boolean excludeOwnCounty,
        Map<Long, List<String>> previousInspectors) {

    /** An organisation in the plan's scope. {@code grade} is A to D or null (not graded). */
    public record Candidate(long subjectId, String divisionCode, String grade, boolean redListed) {

        public String stratum() {
            return InspectionRates.stratum(grade, redListed);
        }
    }

    /** An inspector of the department's pool and the division they work in. */
    public record Inspector(String username, String divisionCode) {
    }
}
