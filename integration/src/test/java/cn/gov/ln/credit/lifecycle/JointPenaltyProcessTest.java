package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.notification.Notification;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyCaseDetail;
import cn.gov.ln.credit.penalty.PenaltyQuery;
import cn.gov.ln.credit.penalty.PenaltyReminders;
import cn.gov.ln.credit.penalty.PenaltyResponse;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The joint penalty pipeline: every department asked responds and reports feedback through its forms, each on its
 * own part only; the case closes when the last one has reported; a late department is escalated to its liaisons,
 * the initiating officer and the credit office, without losing its task.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class JointPenaltyProcessTest extends LifecycleSupport {

    @Autowired
    PenaltyReminders reminders;
    @Autowired
    SystemRunner system;

    @Test
    void everyDepartmentRespondsAndReportsThenTheCaseCloses() {
        ListEntry entry = listed(applicant(), BreachTier.GENERAL, today().minusDays(20));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        List<Long> asked = penalties.departmentsOf(penaltyCase.id());
        assertThat(asked).hasSizeGreaterThanOrEqualTo(5);

        String first = liaisonOf(asked.get(0));
        Map<String, Object> applied = Map.of("outcome", "APPLIED", "appliedMeasures", "已在招投标平台设置限制");
        signIn.run(first, () -> responses.respond(penaltyCase.id(), applied));
        signIn.run(first, () -> responses.respond(penaltyCase.id(), applied));
        assertThatThrownBy(() -> signIn.run(first, () -> responses.respond(penaltyCase.id(),
                Map.of("outcome", "NOT_APPLIED", "note", "改主意了")))).isInstanceOf(ConflictException.class);
        assertThat(signIn.call(first, () -> cases.incoming(new PenaltyQuery(true, null, null),
                PageRequest.first(100)))).filteredOn(c -> c.penaltyCase().id() == penaltyCase.id())
                .extracting(c -> c.response().status()).containsExactly(PenaltyResponse.ResponseStatus.RESPONDED);

        String second = liaisonOf(asked.get(1));
        assertThatThrownBy(() -> signIn.run(second, () -> responses.reportFeedback(penaltyCase.id(),
                Map.of("result", "尚未响应就反馈")))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> signIn.run(second, () -> responses.respond(penaltyCase.id(),
                Map.of("outcome", "NOT_APPLIED"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("fields.note"));
        assertThatThrownBy(() -> signIn.run(second, () -> responses.respond(penaltyCase.id(),
                Map.of("outcome", "MAYBE", "secret", "x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("fields.outcome", "fields.secret"));

        for (long department : asked) {
            String liaison = liaisonOf(department);
            if (department != asked.get(0)) {
                signIn.run(liaison, () -> responses.respond(penaltyCase.id(), department % 2 == 0 ? applied
                        : Map.of("outcome", "NOT_APPLIED", "note", "本部门无对应审批事项")));
            }
            assertThat(instance(penaltyCase.processInstanceId())).isNotNull();
            signIn.run(liaison, () -> responses.reportFeedback(penaltyCase.id(),
                    Map.of("result", "已落实，拦截 1 次", "timesApplied", 1)));
        }
        assertThat(instance(penaltyCase.processInstanceId())).as("closed when the last reported").isNull();
        PenaltyCaseDetail detail = signIn.call(OFFICER, () -> cases.detail(penaltyCase.id()));
        assertThat(detail.summary().penaltyCase().status()).isEqualTo(PenaltyCase.CaseStatus.CLOSED);
        assertThat(detail.summary().progress()).isEqualTo(1.0);
        assertThat(detail.parts()).allSatisfy(p -> assertThat(p.response().feedbackNote()).contains("已落实"));
        assertThat(noticesOf(OFFICER)).contains("notice.penalty.closed");
    }

    @Test
    void aDepartmentNotAskedSeesNothingAndCannotAct() {
        ListEntry entry = listed(applicant(), BreachTier.GENERAL, today().minusDays(20));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        long outsider = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-ARCHIVES'", Long.class);
        assertThat(penalties.departmentsOf(penaltyCase.id())).doesNotContain(outsider);
        String liaison = liaisonOf(outsider);
        assertThatThrownBy(() -> signIn.run(liaison, () -> responses.respond(penaltyCase.id(),
                Map.of("outcome", "APPLIED", "appliedMeasures", "x")))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.call(liaison, () -> cases.detail(penaltyCase.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn.call(liaison, () -> cases.incoming(new PenaltyQuery(false, null, null),
                PageRequest.first(100)))).noneMatch(c -> c.penaltyCase().id() == penaltyCase.id());
    }

    @Test
    void aDepartmentLateWithItsResponseIsEscalatedAndStillResponds() {
        ListEntry entry = listed(applicant(), BreachTier.GENERAL, today().minusDays(20));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        long late = penalties.departmentsOf(penaltyCase.id()).get(0);
        String liaison = liaisonOf(late);
        List<Job> timers = management.createJobQuery().processInstanceId(penaltyCase.processInstanceId())
                .activityId("Timer_ResponseOverdue").timers().list();
        assertThat(timers).isNotEmpty();
        assertThat(day(timers.get(0).getDuedate())).isEqualTo(penaltyCase.responseDueOn());
        Job lateTimer = timers.stream().filter(j -> late == ((Number) runtime.getVariable(j.getExecutionId(),
                "departmentId")).longValue()).findFirst().orElseThrow();

        ClockUtil.setCurrentTime(new Date(lateTimer.getDuedate().getTime() + 60_000));
        management.executeJob(lateTimer.getId());

        PenaltyCaseDetail detail = signIn.call(OFFICER, () -> cases.detail(penaltyCase.id()));
        PenaltyCaseDetail.DepartmentPart part = detail.parts().stream()
                .filter(p -> p.response().departmentId() == late).findFirst().orElseThrow();
        assertThat(part.response().escalatedAt()).isNotNull();
        assertThat(part.overdue()).isTrue();
        assertThat(detail.summary().escalated()).isEqualTo(1);
        assertThat(overdueLinks(OFFICER)).as("the initiators open the case").contains("penalty-cases/"
                + penaltyCase.id());
        assertThat(overdueLinks(liaison)).as("the late department opens its incoming list, which it may read")
                .containsOnly("incoming-cases");

        signIn.run(liaison, () -> responses.respond(penaltyCase.id(),
                Map.of("outcome", "APPLIED", "appliedMeasures", "逾期后已办理")));
        assertThat(engineTasks.createTaskQuery().processInstanceId(penaltyCase.processInstanceId())
                .taskDefinitionKey("Task_ReportFeedback").count()).isEqualTo(1);
    }

    @Test
    void liaisonsHearOfANewCaseAndOnceBeforeItsResponseDeadlineUnlessAnswered() {
        jdbc.queryForList("SELECT id FROM department WHERE code LIKE '210100-%' OR code LIKE '210000-%'", Long.class)
                .forEach(this::liaisonOf);
        ListEntry entry = listed(applicant(), BreachTier.GENERAL, today().minusDays(20));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        List<Long> asked = penalties.departmentsOf(penaltyCase.id());
        String caseNo = penaltyCase.caseNo();
        system.call(() -> penalties.sendNotice(penaltyCase.id(), asked.get(0)));
        for (long department : asked) {
            assertThat(noticesAbout(liaisonOf(department), "notice.penalty.newCase", caseNo)).as("once, retried too")
                    .isEqualTo(1);
        }
        assertThat(noticesAbout(OFFICER, "notice.penalty.newCase", caseNo)).as("not the initiator").isZero();

        reminders.remindDueSoon();
        assertThat(asked).allSatisfy(d -> assertThat(noticesAbout(liaisonOf(d), "notice.penalty.dueSoon", caseNo))
                .as("seven working days ahead: too early").isZero());
        long answered = asked.get(0);
        signIn.run(liaisonOf(answered), () -> responses.respond(penaltyCase.id(),
                Map.of("outcome", "APPLIED", "appliedMeasures", "已在招投标平台设置限制")));

        ClockUtil.setCurrentTime(Date.from(penaltyCase.responseDueOn().minusDays(1).atTime(12, 0).atZone(ZONE)
                .toInstant()));
        reminders.remindDueSoon();
        reminders.remindDueSoon();
        assertThat(noticesAbout(liaisonOf(answered), "notice.penalty.dueSoon", caseNo)).as("answered").isZero();
        for (long department : asked.subList(1, asked.size())) {
            assertThat(noticesAbout(liaisonOf(department), "notice.penalty.dueSoon", caseNo)).isEqualTo(1);
        }
        assertThat(noticesAbout(OFFICER, "notice.penalty.dueSoon", caseNo)).isZero();
    }

    private List<String> overdueLinks(String username) {
        return signIn.call(username, () -> notifications.mine(50)).stream()
                .filter(n -> n.messageKey().equals("notice.penalty.overdue")).map(Notification::link).toList();
    }
}
