package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.repair.NewRepair;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Credit repair under the tiered model: refused before the tier's minimum period, accepted after it with the two
 * materials (proof of fulfilment and a repair pledge signed through the pledge capability); a granted repair stops
 * publication, regrades the subject and lifts the measures at every department; a refused one changes nothing.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class CreditRepairProcessTest extends LifecycleSupport {

    @Autowired
    PledgeService pledges;

    @Test
    void aRepairIsRefusedBeforeTheMinimumPeriodAndGrantedAfterIt() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        Pledge pledge = repairPledge(subject, entry);
        assertThatThrownBy(() -> signIn.run(subject.username(), () -> repairs.apply(
                new NewRepair(entry.id(), pledge.recordCode(), "已全额履行判决"), judgment())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("listEntryId",
                                "validation.repair.beforeMinimum")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM repair_application WHERE list_entry_id = ?", Long.class,
                entry.id())).isZero();

        moveTo(entry.tier().repairableFrom(entry.basisDate()).plusDays(1));
        Pledge renewed = repairPledge(subject, entry);
        RepairApplication application = signIn.call(subject.username(), () -> repairs.apply(
                new NewRepair(entry.id(), renewed.recordCode(), "已全额履行判决，并完成信用修复培训"), judgment()));
        assertThat(instance(application.processInstanceId())).isWaitingAt("Task_ReviewRepair");
        assertThat(noticesAbout(subject.username(), "notice.repair.received", application.repairNo()))
                .as("the applicant hears it was received").isEqualTo(1);
        assertThat(noticesAbout(OFFICER, "notice.repair.received", application.repairNo())).isZero();
        assertThat(signIn.call(subject.username(), () -> repairs.proof(application.id()))).isNotEmpty();

        signIn.run(OFFICER, () -> repairs.decide(application.id(), true, "材料齐全，义务已履行"));
        assertThat(instance(application.processInstanceId())).isNull();
        ListEntry repaired = listings.get(entry.id());
        assertThat(repaired.status()).isEqualTo(ListStatus.LIFTED);
        assertThat(repaired.endReason()).isEqualTo("REPAIRED");
        assertThat(repaired.publishedOn(today())).isFalse();
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId())).isEqualTo("B");
        assertThat(caseOf(entry, PenaltyAction.LIFT)).as("lifting pushed to the departments").isNotNull();
        assertThat(repairs.published(PageRequest.first(200))).anySatisfy(r ->
                assertThat(r.repairNo()).isEqualTo(application.repairNo()));
        assertThat(noticesOf(subject.username())).contains("notice.repair.decidedWithPaper");
    }

    @Test
    void aRefusedRepairLeavesTheListingAndAPledgeOfAnotherKindIsNotARepairPledge() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.GENERAL, today().minusMonths(4));
        assertThatThrownBy(() -> signIn.run(subject.username(), () -> repairs.apply(
                new NewRepair(entry.id(), "NOPE", "x"), judgment())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("pledgeCode"));
        RepairApplication application = signIn.call(subject.username(), () -> repairs.apply(
                new NewRepair(entry.id(), repairPledge(subject, entry).recordCode(), "已整改"), judgment()));
        signIn.run(OFFICER, () -> repairs.decide(application.id(), false, "未提供履行证明原件"));
        assertThat(listings.get(entry.id()).status()).isEqualTo(ListStatus.ACTIVE);
        assertThat(caseOf(entry, PenaltyAction.LIFT)).isNull();
        assertThat(signIn.call(subject.username(), () -> repairs.mine())).extracting(RepairApplication::status)
                .containsExactly(RepairApplication.RepairStatus.REFUSED);
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

    private void moveTo(java.time.LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }
}
