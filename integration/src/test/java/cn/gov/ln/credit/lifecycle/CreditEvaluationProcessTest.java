package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.evaluation.Evaluation;
import cn.gov.ln.credit.evaluation.EvaluationService;
import cn.gov.ln.credit.evaluation.EvaluationView;
import cn.gov.ln.credit.evaluation.FactorScore;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.grade.GradeRecord;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.repair.NewRepair;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public credit evaluation follows the record: a clean organisation scores 1000 (A); a breach determined and
 * listed regrades it at once with the factors that moved, the change kept in the grade history and notified; a
 * granted repair ends the listing and regrades it again. A serious listing grades D; natural persons are never
 * evaluated.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CreditEvaluationProcessTest extends LifecycleSupport {

    @Autowired
    EvaluationService evaluations;
    @Autowired
    PledgeService pledges;

    @Test
    void aGradeIsRecomputedAfterABreachAndAfterARepair() {
        Applicant subject = applicant();
        Evaluation clean = evaluations.evaluate(subject.subjectId());
        assertThat(clean.grade()).isEqualTo(CreditGrade.A);
        assertThat(clean.score()).isEqualTo(1000);
        assertThat(clean.factors()).extracting(FactorScore::name).contains("dishonestyListings", "seriousListings",
                "breachesDetermined", "pledgesBroken", "pledgesKept", "repairsCompleted", "redList",
                "inspectionBreaches", "inspectionsClean");
        assertThat(clean.modelVersion()).startsWith("CreditEvaluation:");

        ListEntry entry = listed(subject, BreachTier.GENERAL, today().minusMonths(4));
        Evaluation afterBreach = stored(subject);
        assertThat(afterBreach.grade()).isEqualTo(CreditGrade.C);
        assertThat(afterBreach.score()).isEqualTo(650);
        assertThat(factors(afterBreach)).containsEntry("dishonestyListings", "1:-200")
                .containsEntry("breachesDetermined", "1:-150").containsEntry("seriousListings", "0:0");
        assertThat(currentGrade(subject)).isEqualTo("C");
        GradeRecord changed = history(subject).get(0);
        assertThat(changed.grade()).isEqualTo(CreditGrade.C);
        assertThat(changed.score()).isEqualByComparingTo("650");
        assertThat(changed.source()).contains(afterBreach.modelVersion());
        assertThat(noticesOf(subject.username())).contains("notice.evaluation.gradeChanged");

        RepairApplication application = signIn.call(subject.username(), () -> repairs.apply(
                new NewRepair(entry.id(), repairPledge(subject, entry).recordCode(), "已整改并履行义务"), judgment()));
        signIn.run(OFFICER, () -> repairs.decide(application.id(), true, "材料齐全，义务已履行"));

        Evaluation afterRepair = stored(subject);
        assertThat(afterRepair.grade()).isEqualTo(CreditGrade.B);
        assertThat(afterRepair.score()).isEqualTo(870);
        assertThat(factors(afterRepair)).containsEntry("dishonestyListings", "0:0")
                .containsEntry("breachesDetermined", "1:-150").containsEntry("repairsCompleted", "1:20");
        assertThat(currentGrade(subject)).isEqualTo("B");
        assertThat(history(subject)).extracting(GradeRecord::grade).startsWith(CreditGrade.B, CreditGrade.C);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'GRADE_EVALUATED' "
                + "AND target_id = ?", Long.class, Long.toString(subject.subjectId()))).isEqualTo(2);

        EvaluationView own = signIn.call(subject.username(), () -> evaluations.mine());
        assertThat(own.current().score()).isEqualTo(870);
        assertThat(own.history()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aSeriousListingInForceGradesD() {
        Applicant subject = applicant();
        listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        Evaluation evaluation = stored(subject);
        assertThat(evaluation.grade()).isEqualTo(CreditGrade.D);
        assertThat(factors(evaluation)).containsEntry("seriousListings", "1:-1000");
        assertThat(currentGrade(subject)).isEqualTo("D");
    }

    @Test
    void naturalPersonsAreNeverEvaluated() {
        long person = jdbc.queryForObject("SELECT MIN(id) FROM credit_subject WHERE kind = 'NATURAL_PERSON'",
                Long.class);
        String grade = jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                person);
        assertThat(evaluations.recompute(person, "TEST")).isNull();
        assertThatThrownBy(() -> evaluations.evaluate(person)).isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_evaluation WHERE subject_id = ?", Long.class,
                person)).isZero();
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                person)).isEqualTo(grade);
    }

    private Evaluation stored(Applicant subject) {
        return signIn.call(OFFICER, () -> evaluations.ofSubject(subject.subjectId())).current();
    }

    private java.util.List<GradeRecord> history(Applicant subject) {
        return signIn.call(OFFICER, () -> evaluations.ofSubject(subject.subjectId())).history();
    }

    private static Map<String, String> factors(Evaluation evaluation) {
        return evaluation.factors().stream().collect(Collectors.toMap(FactorScore::name,
                f -> f.value() + ":" + f.score()));
    }

    private String currentGrade(Applicant subject) {
        return jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId());
    }

    private Pledge repairPledge(Applicant subject, ListEntry entry) {
        return signIn.call(subject.username(), () -> {
            Pledge draft = pledges.draft(new NewPledge("CREDIT-REPAIR", null, "申请信用修复",
                    Map.of("basisNumber", entry.basisNumber(), "corrections", "已全额履行判决确定的义务",
                            "fulfilledOn", today().minusDays(1).toString()),
                    Publicity.PUBLIC, entry.departmentId(), null));
            return pledges.signWithPassword(draft.draftRef(), SignIn.DEMO_PASSWORD.toCharArray());
        });
    }
}
