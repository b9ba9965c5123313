package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.listing.NewListing;
import cn.gov.ln.credit.pledge.Determination;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.repair.NewRepair;
import cn.gov.ln.credit.repair.RepairApplication;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.verification.VerificationSteps;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The law's limits of approval in lieu hold whatever routing table is deployed: a subject on the serious-dishonesty
 * list or with an unrepaired false pledge is refused at intake with the reason even when a hostile CreditRouting
 * version allows every pledge, and a subject that became ineligible after intake cannot be approved on the pledge
 * (the approval officer sees why at the re-check and may still reject or ask for the certificates). A false pledge
 * bars until the listing of its breach ends by a granted repair.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class InLieuEligibilityProcessTest extends FilingProcessSupport {

    static final String ROUTING = "processes/CreditRouting.dmn";

    @Autowired
    ListingService listings;
    @Autowired
    SystemRunner system;
    @Autowired
    RepositoryService repository;
    @Autowired
    InLieuEligibility eligibility;
    @Autowired
    VerificationSteps verification;
    @Autowired
    RepairService repairs;

    @Test
    void aListedSubjectIsRefusedAtIntakeEvenWhenTheDeployedTableAllowsEveryone() {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        list(subjectOf(pledge));

        Filing filing = withHostileRouting(() -> {
            Filing filed = fileInLieu(applicant, pledge);
            runJobs(instance(filed));
            return filed;
        });
        ProcessInstance instance = instance(filing);
        assertThat(instance).hasPassed("Task_RouteFiling", "Task_CheckInLieu").isWaitingAt("Task_ReviewFiling");
        assertThat(runtime.getVariable(instance.getId(), "pledgeAllowed")).as("the table allowed it").isEqualTo(true);
        Filing refused = reload(filing);
        assertThat(refused.inLieuGranted()).isFalse();
        assertThat(refused.inLieuRefusal()).isEqualTo("filing.inLieu.refused.dishonestyListed");
        assertThat(pledge(pledge.recordCode()).reliedOnAt()).as("not relied on").isNull();
        assertThat(events(filing)).contains("IN_LIEU_REFUSED").doesNotContain("IN_LIEU_GRANTED");
    }

    @Test
    void anUnrepairedFalsePledgeIsRefusedAtIntakeEvenWhenTheDeployedTableAllowsEveryone() {
        String applicant = newApplicant("A");
        Pledge earlier = signFoodPledge(applicant);
        determineFalse(earlier);
        Pledge pledge = signFoodPledge(applicant);
        String clean = newApplicant("A");
        Pledge cleanPledge = signFoodPledge(clean);

        Filing[] filed = withHostileRouting(() -> {
            Filing barred = fileInLieu(applicant, pledge);
            Filing allowed = fileInLieu(clean, cleanPledge);
            runJobs(instance(barred));
            runJobs(instance(allowed));
            return new Filing[] {barred, allowed};
        });
        assertThat(runtime.getVariable(instance(filed[0]).getId(), "pledgeAllowed")).isEqualTo(true);
        Filing refused = reload(filed[0]);
        assertThat(refused.inLieuGranted()).isFalse();
        assertThat(refused.inLieuRefusal()).isEqualTo("filing.inLieu.refused.falsePledge");
        assertThat(pledge(pledge.recordCode()).reliedOnAt()).isNull();
        assertThat(reload(filed[1]).inLieuGranted()).as("a subject the law allows is still granted").isTrue();
    }

    @Test
    void aSubjectListedSinceIntakeCannotBeApprovedOnThePledgeButCanBeRejected() {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        Filing filing = fileInLieu(applicant, pledge);
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        assertThat(reload(filing).inLieuGranted()).isTrue();
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        list(subjectOf(pledge));

        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_DecideFiling");
        assertThat(events(filing)).contains("CREDIT_CHANGED", "IN_LIEU_NO_LONGER_ELIGIBLE");
        long eventsBefore = events(filing).size();

        String decide = taskId(instance, "Task_DecideFiling");
        assertThatThrownBy(() -> signIn.run("approver", () -> tasks.complete(decide,
                Map.of("decision", "APPROVE", "reason", "材料齐全"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.filing.inLieu.refused.dishonestyListed"));
        assertThat(instance).isWaitingAt("Task_DecideFiling");
        Filing stopped = reload(filing);
        assertThat(stopped.status()).isEqualTo(FilingStatus.AWAITING_DECISION);
        assertThat(stopped.decidedBy()).isNull();
        assertThat(events(filing)).hasSize((int) eventsBefore).doesNotContain("APPROVED");
        assertThat(verificationOf(filing)).isNull();

        complete("approver", instance, "Task_DecideFiling", Map.of("decision", "REJECT",
                "reason", "申请人已列入严重失信主体名单，不再适用告知承诺制"));
        assertThat(instance).hasNotPassed("Task_StartVerification").isEnded();
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void aFalsePledgeFoundSinceIntakeStopsTheApprovalAndTheOfficerAsksForTheCertificates() {
        String applicant = newApplicant("A");
        Pledge other = signFoodPledge(applicant);
        relyOnElsewhere(other);
        Pledge pledge = signFoodPledge(applicant);
        Filing filing = fileInLieu(applicant, pledge);
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        assertThat(reload(filing).inLieuGranted()).isTrue();
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        determineFalse(other);
        runJobs(instance);
        assertThat(events(filing)).contains("IN_LIEU_NO_LONGER_ELIGIBLE");

        String decide = taskId(instance, "Task_DecideFiling");
        assertThatThrownBy(() -> signIn.run("approver", () -> tasks.complete(decide, Map.of("decision", "APPROVE"))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.filing.inLieu.refused.falsePledge"));
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.AWAITING_DECISION);

        complete("approver", instance, "Task_DecideFiling", Map.of("decision", "REQUEST_PAPERS",
                "missingPapers", "食品经营场所使用证明"));
        assertThat(instance).isWaitingAt("Task_SupplyPapers");
    }

    @Test
    void aFalsePledgeBarsUntilTheListingOfItsBreachEndsByARepair() {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        Filing filing = approve(fileInLieu(applicant, pledge));
        long subjectId = filing.subjectId();
        assertThat(eligibility.refusal(subjectId)).isEmpty();

        determineFalse(pledge);
        system.run(() -> verification.raiseBreach(filing.id()));
        assertThat(eligibility.refusal(subjectId)).contains(InLieuEligibility.FALSE_PLEDGE);

        long breachId = jdbc.queryForObject("SELECT id FROM breach WHERE pledge_code = ?", Long.class,
                pledge.recordCode());
        Breach determined = signIn.call("creditofficer", () -> determinations.startDetermination(breachId,
                new LegalDocument(LegalBasisType.ADMINISTRATIVE_PENALTY, "沈市监罚〔2026〕" + breachId + "号",
                        "沈阳市市场监督管理局", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(4),
                        BreachTier.GENERAL), document("处罚决定书.pdf")));
        Job defence = timer(instance(determined.processInstanceId()), "Timer_DefencePeriodEnds");
        ClockUtil.setCurrentTime(new Date(defence.getDuedate().getTime() + 60_000));
        management.executeJob(defence.getId());
        Breach listed = signIn.call("creditofficer", () -> determinations.decide(breachId,
                new ListingDecision(true, BreachTier.GENERAL, "承诺不实，依法列入")));
        assertThat(eligibility.refusal(subjectId)).contains(InLieuEligibility.DISHONESTY_LISTED);

        ListEntry entry = listings.get(listed.listEntryId());
        Pledge repairPledge = signIn.call(applicant, () -> pledges.signWithPassword(pledges.draft(new NewPledge(
                "CREDIT-REPAIR", null, "申请信用修复", Map.of("basisNumber", entry.basisNumber(), "corrections",
                        "已按要求整改并缴纳罚款", "fulfilledOn", entry.basisDate().plusDays(1).toString()),
                Publicity.PUBLIC, entry.departmentId(), null)).draftRef(), SignIn.DEMO_PASSWORD.toCharArray()));
        RepairApplication repair = signIn.call(applicant, () -> repairs.apply(new NewRepair(entry.id(),
                repairPledge.recordCode(), "已整改并缴纳罚款"), document("缴款凭证.pdf")));
        signIn.run("creditofficer", () -> repairs.decide(repair.id(), true, "材料齐全，义务已履行"));
        assertThat(listings.get(entry.id()).endReason()).isEqualTo("REPAIRED");
        assertThat(eligibility.refusal(subjectId)).as("repaired: eligible again").isEmpty();
    }

    private ProcessInstance instance(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    private static Upload document(String name) {
        return new Upload(name, "application/pdf", ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs the work with a CreditRouting version deployed that allows approval in lieu to every subject, as if it
     * had got past the model library's review (the test opens the deployment gate itself).
     */
    private <T> T withHostileRouting(Supplier<T> work) {
        String hostile = shippedRouting().replace("<text>false</text>", "<text>true</text>");
        String deployment = DeploymentGate.through("test", repository.createDeployment().name("hostile-routing")
                .addString(ROUTING, hostile)::deploy).getId();
        try {
            return work.get();
        } finally {
            DeploymentGate.through("test", () -> {
                repository.deleteDeployment(deployment, true);
                return null;
            });
        }
    }

    private String shippedRouting() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROUTING)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long subjectOf(Pledge pledge) {
        return jdbc.queryForObject("SELECT subject_id FROM pledge WHERE record_code = ?", Long.class,
                pledge.recordCode());
    }

    /** The subject goes on the serious-dishonesty list, as a determination's decision puts it there. */
    private void list(long subjectId) {
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210100-MARKET_REGULATION'",
                Long.class);
        LocalDate basis = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10);
        system.run(() -> listings.list(new NewListing(null, subjectId, BreachTier.GENERAL, "拒不履行行政处罚决定",
                LegalBasisType.ADMINISTRATIVE_PENALTY, "沈市监罚〔2026〕" + subjectId + "号", "沈阳市市场监督管理局",
                basis, department, "210100")));
    }

    /** The verification officer determines that the pledge was not kept: a false pledge. */
    private void determineFalse(Pledge pledge) {
        signIn.run("verifier", () -> fulfilment.determine(pledge.recordCode(), new Determination(
                FulfillmentStatus.NOT_FULFILLED, "经营场所与承诺不符", "撤销许可，记入信用记录",
                LocalDate.now(ZoneId.of("Asia/Shanghai")), null)));
    }

    /** Another filing relies on the pledge, so a later pledge of the same kind does not supersede it. */
    private void relyOnElsewhere(Pledge pledge) {
        system.run(() -> fulfilment.relyOn(pledge.recordCode(), "OTHER-FILING"));
    }
}
