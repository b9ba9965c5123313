package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.notification.Notification;
import cn.gov.ln.credit.pledge.FulfillmentStatus;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeStatus;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Approval in lieu of certification and what follows it: the pledge replaces the certificates where the subject
 * and the matter allow it; the approval starts a verification whose sampling the grade's rate decides; the
 * verification timer, the three outcomes, and a false pledge revoking the permit and raising a breach.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class PledgeVerificationProcessTest extends FilingProcessSupport {

    @Test
    void aPledgeReplacesTheCertificatesAndTheApprovalStartsItsVerification() {
        String applicant = newApplicant("B");
        Pledge pledge = signFoodPledge(applicant);
        Filing filing = fileInLieu(applicant, pledge);
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        assertThat(instance).hasPassed("Task_CheckInLieu").isWaitingAt("Task_ReviewFiling");
        Filing granted = reload(filing);
        assertThat(granted.inLieuGranted()).isTrue();
        assertThat(pledge(pledge.recordCode()).reliedOnAt()).as("relied on: no longer withdrawable")
                .isNotNull();

        Filing approved = approve(filing);
        assertThat(approved.status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(instance).hasPassed("Task_StartVerification").isEnded();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(FilingSteps.VERIFICATION_PROCESS).processInstanceBusinessKey(filing.filingNo())
                .count()).isEqualTo(1);
        assertThat(events(filing)).containsSubsequence("IN_LIEU_GRANTED", "APPROVED", "VERIFICATION_STARTED");
        assertThat(events(filing)).containsAnyOf("VERIFICATION_SAMPLED", "VERIFICATION_NOT_SAMPLED");
        assertThat(signIn.call(applicant, () -> notifications.mine(10))).extracting(Notification::messageKey)
                .contains("notice.filing.permitDecision");
    }

    @Test
    void aListedSubjectIsRefusedTheRouteWithTheReasonAndGoesTheNormalWay() {
        String applicant = newApplicant("C");
        Pledge pledge = signFoodPledge(applicant);
        String uscc = jdbc.queryForObject("SELECT pledger_identifier FROM pledge WHERE record_code = ?", String.class,
                pledge.recordCode());
        jdbc.update("UPDATE credit_subject SET current_grade = 'D' WHERE uscc = ?", uscc);
        Filing filing = fileInLieu(applicant, pledge);
        runJobs(instance(filing));
        Filing refused = reload(filing);
        assertThat(refused.route()).isEqualTo(FilingRoute.RESTRICTED);
        assertThat(refused.inLieuGranted()).isFalse();
        assertThat(refused.inLieuRefusal()).isEqualTo("filing.routing.reason.GRADE_D");
        assertThat(pledge(pledge.recordCode()).reliedOnAt()).isNull();
        assertThat(signIn.call(applicant, () -> notifications.mine(10))).extracting(Notification::messageKey)
                .contains("notice.filing.inLieuRefused");
    }

    @Test
    void aRedListedSubjectsPledgeIsSampledAtTheRedListRate() {
        String applicant = newApplicant("B");
        Pledge pledge = signFoodPledge(applicant);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long subjectId = jdbc.queryForObject("SELECT s.id FROM credit_subject s JOIN pledge p "
                + "ON p.pledger_identifier = s.uscc WHERE p.record_code = ?", Long.class, pledge.recordCode());
        jdbc.update("INSERT INTO list_entry (list_type, subject_id, reason, basis_type, basis_number, basis_issuer, "
                + "basis_date, department_id, division_code, listed_on, expires_on, status, created_at, created_by) "
                + "SELECT 'RED', s.id, '省级诚信示范企业', 'COMMENDATION', '辽信发〔2026〕1号', '辽宁省信用办', "
                + "?, (SELECT MIN(id) FROM department), s.division_code, ?, ?, 'ACTIVE', CURRENT_TIMESTAMP, 'test' "
                + "FROM credit_subject s WHERE s.id = ?", today, today, today.plusYears(1), subjectId);
        Filing filing = approve(fileInLieu(applicant, pledge));
        String verification = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(FilingSteps.VERIFICATION_PROCESS).processInstanceBusinessKey(filing.filingNo())
                .singleResult().getId();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(verification)
                .variableName("samplingRate").singleResult().getValue()).isEqualTo(0.03);
    }

    @Test
    void aDrawnPledgeIsVerifiedWhenItsTimerIsDueAndAKeptPledgeEndsIt() {
        Filing filing = approvedOnPledge();
        ProcessInstance verification = startVerification(filing, 0.0);
        assertThat(verification).isWaitingAt("Timer_VerificationDue");
        Job due = timer(verification, "Timer_VerificationDue");
        LocalDate dueDay = due.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(dueDay).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20))
                .as("20 working days by the calendar");
        assertThat(management.createJobQuery().processInstanceId(verification.getId()).executable().count())
                .as("not before its day").isZero();

        management.executeJob(due.getId());
        assertThat(verification).isWaitingAt("Task_VerifyPledge");
        complete("verifier", verification, "Task_VerifyPledge", Map.of("outcome", "FULFILLED"));
        assertThat(verification).hasPassed("EndEvent_PledgeKept").isEnded();
        assertThat(pledge(filing.pledgeCode()).fulfillmentStatus()).isEqualTo(FulfillmentStatus.FULFILLED);
    }

    @Test
    void aPledgeNotDrawnEndsWithoutATask() {
        Filing filing = approvedOnPledge();
        ProcessInstance verification = startVerification(filing, 0.99);
        assertThat(verification).hasPassed("EndEvent_NotSampled").isEnded();
        assertThat(events(filing)).contains("VERIFICATION_NOT_SAMPLED");
    }

    @Test
    void aPartlyKeptPledgeOrdersRectification() {
        Filing filing = approvedOnPledge();
        ProcessInstance verification = startVerification(filing, 0.0);
        management.executeJob(timer(verification, "Timer_VerificationDue").getId());
        complete("verifier", verification, "Task_VerifyPledge", Map.of("outcome", "PARTLY_FULFILLED",
                "findings", "食品安全管理制度未上墙", "action", "责令 10 日内整改"));
        assertThat(verification).hasPassed("Task_OrderRectification", "EndEvent_RectificationOrdered").isEnded();
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(events(filing)).contains("RECTIFICATION_ORDERED");
    }

    @Test
    void aFalsePledgeRevokesThePermitRaisesABreachAndBarsTheRouteNextTime() {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        Filing filing = approve(fileInLieu(applicant, pledge));
        ProcessInstance verification = startVerification(filing, 0.0);
        management.executeJob(timer(verification, "Timer_VerificationDue").getId());
        complete("verifier", verification, "Task_VerifyPledge", Map.of("outcome", "NOT_FULFILLED",
                "findings", "经营场所实际面积不足 20 平方米，与承诺不符", "action", "撤销许可，记入信用记录"));

        assertThat(verification).hasPassed("Task_RevokePermit", "EndEvent_BreachRaised").isEnded();
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.REVOKED);
        assertThat(pledge(pledge.recordCode()).fulfillmentStatus())
                .isEqualTo(FulfillmentStatus.NOT_FULFILLED);
        Breach breach = signIn.call("creditofficer", () -> breachQueries.search(
                new cn.gov.ln.credit.breach.BreachQuery(null, null), PageRequest.first(100))).stream()
                .filter(b -> Long.valueOf(filing.id()).equals(b.filingId())).findFirst().orElseThrow();
        assertThat(breachQueries.openBreaches(filing.subjectId())).isEqualTo(1);
        assertThat(breach.filingId()).isEqualTo(filing.id());
        assertThat(breach.pledgeCode()).isEqualTo(pledge.recordCode());
        assertThat(breach.status()).isEqualTo(Breach.RAISED);

        Pledge another = signFoodPledge(applicant);
        Filing next = fileInLieu(applicant, another);
        runJobs(instance(next));
        Filing barred = reload(next);
        assertThat(barred.route()).isEqualTo(FilingRoute.NORMAL);
        assertThat(barred.inLieuGranted()).isFalse();
        assertThat(barred.inLieuRefusal()).isEqualTo("filing.routing.reason.FALSE_PLEDGE");
        assertThat(pledge(another.recordCode()).status()).isEqualTo(PledgeStatus.SIGNED);
    }

    @Test
    void aHighRiskMatterDoesNotTakePledgesInLieu() {
        String applicant = newApplicant("A");
        Pledge pledge = signFoodPledge(applicant);
        jdbc.update("UPDATE permit_matter SET high_risk = ? WHERE code = ?", true, FOOD);
        try {
            matters.reload();
            Filing filing = fileInLieu(applicant, pledge);
            runJobs(instance(filing));
            assertThat(reload(filing).inLieuRefusal()).isEqualTo("filing.inLieu.refused.highRisk");
        } finally {
            jdbc.update("UPDATE permit_matter SET high_risk = ? WHERE code = ?", false, FOOD);
            matters.reload();
        }
    }

    @Test
    void theSamplingRatesComeFromTheDecisionTable() {
        Map<String, Double> rates = Map.of("A", 0.05, "B", 0.2, "C", 0.6, "D", 1.0, "", 0.3);
        rates.forEach((grade, rate) -> assertThat(samplingRate(grade, false)).as("grade '%s'", grade)
                .isEqualTo(rate));
    }

    @Test
    void aRedListedSubjectIsVerifiedLessOftenUnlessGradedD() {
        for (String grade : new String[] {"A", "B", "C", ""}) {
            assertThat(samplingRate(grade, true)).as("red-listed, grade '%s'", grade)
                    .isLessThan(samplingRate(grade, false)).isEqualTo(0.03);
        }
        assertThat(samplingRate("D", true)).isEqualTo(1.0);
    }

    private Double samplingRate(String grade, boolean redListed) {
        return (Double) engine.getDecisionService().evaluateDecisionTableByKey("VerificationSampling",
                Variables.putValue("grade", grade).putValue("redListed", redListed)).getSingleEntry();
    }

    private Filing approvedOnPledge() {
        String applicant = newApplicant("A");
        Filing filing = approve(fileInLieu(applicant, signFoodPledge(applicant)));
        ProcessInstance started = verificationOf(filing);
        if (started != null) {
            runtime.deleteProcessInstance(started.getId(), "test starts its own draw");
        }
        return filing;
    }

    /** Starts the verification as the approval does, with the random draw fixed. */
    private ProcessInstance startVerification(Filing filing, double draw) {
        return runtime.startProcessInstanceByKey(FilingSteps.VERIFICATION_PROCESS, filing.filingNo(),
                Variables.putValue("filingId", filing.id()).putValue("filingNo", filing.filingNo())
                        .putValue("pledgeCode", filing.pledgeCode()).putValue("grade", "A")
                        .putValue("redListed", false).putValue("sampleDraw", draw));
    }
}
