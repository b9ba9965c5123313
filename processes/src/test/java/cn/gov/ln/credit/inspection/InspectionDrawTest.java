package cn.gov.ln.credit.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.inspection.DrawInputs.Candidate;
import cn.gov.ln.credit.inspection.DrawInputs.Inspector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InspectionDrawTest {

    @Test
    void theLawsFloorHoldsWhateverTheTableSays() {
        assertThat(InspectionRates.floor("D", 0.1)).isEqualTo(InspectionRates.D_MINIMUM);
        assertThat(InspectionRates.floor("D", 0.9)).isEqualTo(0.9);
        assertThat(InspectionRates.floor("A", 1.7)).isEqualTo(1.0);
        assertThat(InspectionRates.floor("A", -0.2)).isZero();
        assertThat(InspectionRates.floor(null, Double.NaN)).isEqualTo(1.0);
        assertThat(InspectionRates.picks(200, 0.05)).isEqualTo(10);
        assertThat(InspectionRates.picks(3, 0.01)).as("a rate above 0 draws at least one").isEqualTo(1);
        assertThat(InspectionRates.picks(3, 0.0)).isZero();
    }

    @Test
    void theSameInputsAndSeedGiveTheSameDrawAndStrataFollowTheirRates() {
        DrawInputs inputs = inputs(Map.of());
        DrawResult first = InspectionDraw.draw(inputs, 42L);
        assertThat(InspectionDraw.draw(inputs, 42L)).isEqualTo(first);
        assertThat(InspectionDraw.draw(inputs, 43L)).isNotEqualTo(first);
        long a = first.assignments().stream().filter(x -> x.subjectId() < 200).count();
        long d = first.assignments().stream().filter(x -> x.subjectId() >= 600).count();
        assertThat(a).isEqualTo(10);
        assertThat(d).isEqualTo(160);
        assertThat(first.assignments()).allSatisfy(x -> assertThat(x.inspectors()).hasSize(2)
                .doesNotContain("own"));
    }

    @Test
    void thePreviousInspectorsAreAvoidedAndTooFewEligibleNamesTheSubject() {
        Map<Long, List<String>> previous = new HashMap<>();
        for (long id = 0; id < 800; id++) {
            previous.put(id, List.of("i1", "i2"));
        }
        DrawResult next = InspectionDraw.draw(inputs(previous), 7L);
        assertThat(next.assignments()).allSatisfy(x -> assertThat(x.inspectors()).containsExactly("i3", "i4"));
        previous.put(5L, List.of("i1", "i2", "i3"));
        DrawInputs tooFew = inputs(previous);
        DrawInputs onlyFive = new DrawInputs(tooFew.candidates().subList(5, 6), tooFew.pool(), tooFew.rates(),
                tooFew.rateModel(), 2, true, previous);
        assertThatThrownBy(() -> InspectionDraw.draw(onlyFive, 7L)).isInstanceOfSatisfying(NoEligibleInspector.class,
                e -> assertThat(e.subjectId()).isEqualTo(5L));
    }

    private static DrawInputs inputs(Map<Long, List<String>> previous) {
        List<Candidate> candidates = new ArrayList<>();
        String[] grades = {"A", "B", "C", "D"};
        for (long id = 0; id < 800; id++) {
            candidates.add(new Candidate(id, "210311", grades[(int) (id / 200)], false));
        }
        List<Inspector> pool = List.of(new Inspector("i1", "210302"), new Inspector("i2", "210303"),
                new Inspector("i3", "210304"), new Inspector("i4", "210300"), new Inspector("own", "210311"));
        Map<String, Double> rates = Map.of("A", 0.05, "B", 0.1, "C", 0.3, "D", 0.8);
        return new DrawInputs(candidates, pool, rates, "InspectionRate:1:x", 2, true, previous);
    }
}
