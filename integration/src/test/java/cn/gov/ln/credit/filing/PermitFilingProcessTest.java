package cn.gov.ln.credit.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.creditcheck.CheckPurpose;
import cn.gov.ln.credit.creditcheck.CreditCheckRecord;
import cn.gov.ln.credit.forms.FormFile;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Every path of PermitFiling: each route, each review and decision, both timers, the check before deciding. */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class PermitFilingProcessTest extends FilingProcessSupport {

    @Test
    void gradeAGoesByTheGreenChannelAndIsApprovedAfterASecondCheck() {
        Filing filing = fileAtWindow(subject(graded("A")));
        ProcessInstance instance = instance(filing);
        assertThat(instance).isWaitingAt("Task_CheckCredit");
        assertThat(filing.status()).isEqualTo(FilingStatus.RECEIVED);

        runJobs(instance);
        assertThat(instance).hasPassed("Task_CheckCredit", "Task_RouteFiling", "Task_ApplyRoute")
                .isWaitingAt("Task_ReviewFiling");
        Filing routed = reload(filing);
        assertThat(routed.route()).isEqualTo(FilingRoute.GREEN);
        assertThat(routed.status()).isEqualTo(FilingStatus.IN_REVIEW);
        assertThat(routed.dueOn()).isBefore(filing.dueOn()).as("the green channel halves the time limit");
        List<CreditCheckRecord> checks = creditChecks.evidenceOf(filing.id());
        assertThat(checks).singleElement().satisfies(check -> {
            assertThat(check.purpose()).isEqualTo(CheckPurpose.INTAKE);
            assertThat(check.source()).isEqualTo("LOCAL");
            assertThat(check.grade()).isEqualTo("A");
            assertThat(check.requestedBy()).isEqualTo("system");
        });

        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        assertThat(instance).isWaitingAt("Task_RecheckCredit");
        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_DecideFiling");
        assertThat(creditChecks.evidenceOf(filing.id())).extracting(CreditCheckRecord::purpose)
                .containsExactly(CheckPurpose.INTAKE, CheckPurpose.PRE_DECISION);

        complete("approver", instance, "Task_DecideFiling", Map.of("decision", "APPROVE", "reason", "材料齐全"));
        assertThat(instance).hasPassed("Gateway_InLieuApproved", "Task_NotifyApplicant")
                .isEnded();
        assertThat(instance).hasPassed("EndEvent_FilingDecided").hasNotPassed("Task_StartVerification");
        Filing decided = reload(filing);
        assertThat(decided.status()).isEqualTo(FilingStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("approver");
        assertThat(events(filing)).containsSubsequence("FILED", "CREDIT_CHECKED", "ROUTED", "REVIEW_ACCEPTED",
                "CREDIT_RECHECKED", "APPROVED", "APPLICANT_NOTIFIED").doesNotContain("CREDIT_CHANGED");
    }

    @Test
    void gradeBIsTakenInWithPapersToFollowAndTheApplicantSuppliesThem() {
        Filing filing = fileAtWindow(subject(graded("B")));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        Filing routed = reload(filing);
        assertThat(routed.route()).isEqualTo(FilingRoute.TOLERANCE);
        assertThat(routed.papersDueOn()).isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));

        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "REQUEST_PAPERS",
                "missingPapers", "食品安全管理制度文本", "papersWorkingDays", 3));
        assertThat(instance).isWaitingAt("Task_SupplyPapers");
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.PAPERS_REQUESTED);
        assertThat(engineTasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
                .isNotNull();

        FormFile paper = new FormFile("制度.pdf", "application/pdf", "%PDF-1.4 制度".getBytes());
        complete("intake", instance, "Task_SupplyPapers", Map.of("papers", List.of(paper), "note", "窗口代收"));
        assertThat(instance).isWaitingAt("Task_ReviewFiling");
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.IN_REVIEW);
        assertThat(signIn.call("intake", () -> queries.view(filing.id())).documents())
                .singleElement().satisfies(d -> {
                    assertThat(d.fileName()).isEqualTo("制度.pdf");
                    assertThat(d.paperName()).startsWith("补正材料");
                });
        assertThat(events(filing)).containsSubsequence("PAPERS_REQUESTED", "PAPER_UPLOADED", "PAPERS_SUPPLIED");
    }

    @Test
    void papersNotSuppliedByTheDeadlineCloseTheFiling() {
        Filing filing = fileAtWindow(subject(graded("C")));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        assertThat(reload(filing).route()).isEqualTo(FilingRoute.NORMAL);
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "REQUEST_PAPERS",
                "missingPapers", "营业执照复印件"));
        Job deadline = timer(instance, "Timer_PapersDue");
        assertThat(deadline.getDuedate()).isAfter(new java.util.Date());

        management.executeJob(deadline.getId());
        assertThat(instance).hasPassed("Task_CloseUnanswered", "EndEvent_FilingClosed").isEnded();
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.CLOSED);
    }

    @Test
    void aListedSubjectIsRestrictedAndCanBeRefusedAtIntakeWithAReason() {
        Filing filing = fileAtWindow(subject(DISHONEST));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        assertThat(reload(filing).route()).isEqualTo(FilingRoute.RESTRICTED);
        assertThat(creditChecks.evidenceOf(filing.id()).get(0).dishonestyListed()).isTrue();
        assertThat(creditChecks.hits(creditChecks.evidenceOf(filing.id()).get(0)))
                .allSatisfy(hit -> assertThat(hit.basisNumber()).isNotBlank());

        String reviewTask = taskId(instance, "Task_ReviewFiling");
        assertThatThrownBy(() -> signIn.run("intake", () -> tasks.complete(reviewTask,
                Map.of("reviewDecision", "REJECT"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("fields.reason"));
        assertThat(instance).isWaitingAt("Task_ReviewFiling");

        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "REJECT",
                "reason", "申请人被列入严重失信主体名单，经审查不符合许可条件"));
        assertThat(instance).hasPassed("Task_NotifyApplicant").hasNotPassed("Task_RecheckCredit").isEnded();
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.REJECTED);
    }

    @Test
    void theRedListGoesByTheGreenChannel() {
        Filing filing = fileAtWindow(subject(RED_ONLY));
        runJobs(instance(filing));
        assertThat(reload(filing).route()).isEqualTo(FilingRoute.GREEN);
    }

    @Test
    void theStatutoryTimeLimitPassingIsFlaggedWhileTheReviewGoesOn() {
        Filing filing = fileAtWindow(subject(graded("C")));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        Job overdue = timer(instance, "Timer_ReviewOverdue");
        assertThat(overdue.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .isEqualTo(reload(filing).dueOn());

        management.executeJob(overdue.getId());
        assertThat(instance).hasPassed("Task_FlagOverdue").isWaitingAt("Task_ReviewFiling");
        assertThat(events(filing)).contains("REVIEW_OVERDUE");
    }

    @Test
    void aChangeOfTheCreditRecordSinceIntakeIsShownToTheApprovalOfficer() {
        String uscc = subject(graded("B"));
        Filing filing = fileAtWindow(uscc);
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        jdbc.update("UPDATE credit_subject SET current_grade = 'D' WHERE uscc = ?", uscc);

        runJobs(instance);
        assertThat(instance).isWaitingAt("Task_DecideFiling");
        FilingView view = signIn.call("approver", () -> queries.view(filing.id()));
        assertThat(view.creditChangedSinceIntake()).isTrue();
        assertThat(view.checks()).extracting(CreditCheckRecord::grade).containsExactly("B", "D");
        assertThat(events(filing)).contains("CREDIT_CHANGED");
    }

    @Test
    void theApprovalOfficerCanRejectOrSendBackForPapers() {
        Filing filing = fileAtWindow(subject(graded("A")));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        runJobs(instance);
        complete("approver", instance, "Task_DecideFiling", Map.of("decision", "REQUEST_PAPERS",
                "missingPapers", "经营场所平面图"));
        assertThat(instance).hasPassed("Gateway_Decision").isWaitingAt("Task_SupplyPapers");

        FormFile plan = new FormFile("平面图.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        complete("intake", instance, "Task_SupplyPapers", Map.of("papers", List.of(plan)));
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        runJobs(instance);
        complete("approver", instance, "Task_DecideFiling", Map.of("decision", "REJECT",
                "reason", "经营场所不符合要求"));
        assertThat(instance).hasPassed("Gateway_InLieuApproved").hasNotPassed("Task_StartVerification").isEnded();
        Filing decided = reload(filing);
        assertThat(decided.status()).isEqualTo(FilingStatus.REJECTED);
        assertThat(decided.decisionReason()).isEqualTo("经营场所不符合要求");
    }

    @Test
    void aFormIsCheckedOnTheServerBeforeAnythingHappens() {
        Filing filing = fileAtWindow(subject(graded("C")));
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        String review = taskId(instance, "Task_ReviewFiling");
        assertThatThrownBy(() -> signIn.run("intake", () -> tasks.complete(review, Map.of("reviewDecision", "MAYBE",
                "papersWorkingDays", 90, "grade", "A", "smuggled", "x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("fields.reviewDecision", "validation.form.notAnOption"),
                                org.assertj.core.groups.Tuple.tuple("fields.papersWorkingDays", "validation.number.max"),
                                org.assertj.core.groups.Tuple.tuple("fields.grade", "validation.form.unknownField"),
                                org.assertj.core.groups.Tuple.tuple("fields.smuggled", "validation.form.unknownField")));
        assertThat(instance).isWaitingAt("Task_ReviewFiling");
        assertThat(reload(filing).status()).isEqualTo(FilingStatus.IN_REVIEW);
        assertThat(events(filing)).doesNotContain("REVIEW_ACCEPTED", "PAPERS_REQUESTED");
    }

    @Test
    void theRoutingTableDecidesEveryCase() {
        assertThat(route(true, 0, true, "A")).containsExactly("RESTRICTED", false, "DISHONESTY_LISTED");
        assertThat(route(false, 1, true, "A")).containsExactly("NORMAL", false, "FALSE_PLEDGE");
        assertThat(route(false, 0, true, "D")).containsExactly("RESTRICTED", false, "GRADE_D");
        assertThat(route(false, 0, true, "C")).containsExactly("GREEN", true, "RED_LISTED");
        assertThat(route(false, 0, false, "A")).containsExactly("GREEN", true, "GRADE_A");
        assertThat(route(false, 0, false, "B")).containsExactly("TOLERANCE", true, "GRADE_B");
        assertThat(route(false, 0, false, "C")).containsExactly("NORMAL", true, "DEFAULT");
        assertThat(route(false, 0, false, "")).containsExactly("NORMAL", true, "DEFAULT");
    }

    private List<Object> route(boolean dishonesty, int falsePledges, boolean red, String grade) {
        Map<String, Object> result = engine.getDecisionService().evaluateDecisionTableByKey("CreditRouting",
                org.camunda.bpm.engine.variable.Variables.putValue("dishonestyListed", dishonesty)
                        .putValue("falsePledges", falsePledges).putValue("redListed", red).putValue("grade", grade)
                        .putValue("openBreaches", 0)).getSingleResult().getEntryMap();
        return List.of(result.get("route"), result.get("pledgeAllowed"), result.get("reason"));
    }
}
