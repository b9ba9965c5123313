package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.supervision.NewSupervisionMark;
import cn.gov.ln.credit.supervision.SupervisedCase;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.supervision.SupervisionListQuery;
import cn.gov.ln.credit.supervision.SupervisionMark;
import cn.gov.ln.credit.supervision.SupervisionQueries;
import cn.gov.ln.credit.supervision.SupervisionReminders;
import cn.gov.ln.credit.supervision.SupervisionSortKey;
import cn.gov.ln.credit.supervision.Supervisions;
import cn.gov.ln.credit.task.FilingTaskService;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import cn.gov.ln.testing.core.CoreTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Supervision (督办) through the real services: a supervisor marks a late task of a filing, its holder and the
 * department's liaison are told, the mark is on the filing's timeline and lifted with a reason; the credit office
 * marks a department late with its part of a joint penalty case, and that department's liaison is told.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class SupervisionProcessTest extends LifecycleSupport {

    @Autowired
    Supervisions supervisions;
    @Autowired
    SupervisionQueries queries;
    @Autowired
    SupervisionReminders reminders;
    @Autowired
    FilingService filingService;
    @Autowired
    FilingTaskService tasks;

    @Test
    void aSupervisorMarksALateTaskItsHolderAndTheLiaisonAreToldAndTheMarkIsLifted() {
        long shenyang = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        String liaison = liaisonOf(shenyang);
        Filing filing = filed();
        String taskId = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
        signIn.run("intake", () -> tasks.claim(taskId));
        NewSupervisionMark late = new NewSupervisionMark("超过承诺时限仍未受理", today().plusDays(2));

        assertThatThrownBy(() -> signIn.run("intake", () -> supervisions.markFiling(filing.id(), taskId, late)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.run(OFFICER, () -> supervisions.markFiling(filing.id(), taskId, late)))
                .as("another department's filing").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.run("approver", () -> supervisions.markFiling(filing.id(), taskId,
                new NewSupervisionMark(" ", today().minusDays(1))))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("reason", "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple("dueOn", "error.supervision.dueInPast")));

        SupervisionMark mark = signIn.call("approver", () -> supervisions.markFiling(filing.id(), taskId, late));

        assertThat(mark.taskId()).isEqualTo(taskId);
        assertThat(mark.isOpen()).isTrue();
        assertThat(noticesOf("intake")).contains("notice.supervision.marked");
        assertThat(noticesOf(liaison)).contains("notice.supervision.marked");
        assertThat(events(filing)).contains("SUPERVISION_MARKED");
        assertThat(signIn.call("intake", () -> queries.supervisedFilings(List.of(filing.id()))))
                .containsExactly(filing.id());
        assertThat(signIn.call("intake", () -> queries.ofCase(SupervisedCase.FILING, filing.id())))
                .extracting(SupervisionMark::id).containsExactly(mark.id());
        assertThat(signIn.call(OFFICER, () -> queries.ofCase(SupervisedCase.FILING, filing.id())))
                .as("not for another department").isEmpty();

        assertThatThrownBy(() -> signIn.run("approver", () -> supervisions.lift(mark.id(), "")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("reason"));
        signIn.run("approver", () -> supervisions.lift(mark.id(), "已受理"));

        String link = "filings/" + filing.id();
        assertThat(notices("intake", "notice.supervision.lifted", link)).as("the holder").isEqualTo(1);
        assertThat(notices(liaison, "notice.supervision.lifted", link)).as("the liaison").isEqualTo(1);
        assertThat(notices("approver", "notice.supervision.lifted", link)).as("not the supervisor").isZero();
        assertThat(events(filing)).containsSubsequence("SUPERVISION_MARKED", "SUPERVISION_LIFTED");
        assertThat(signIn.call("intake", () -> queries.supervisedFilings(Set.of(filing.id())))).isEmpty();
        assertThat(signIn.call("approver", () -> queries.ofCase(SupervisedCase.FILING, filing.id())))
                .singleElement().satisfies(m -> {
                    assertThat(m.isOpen()).isFalse();
                    assertThat(m.liftReason()).isEqualTo("已受理");
                    assertThat(m.liftedBy()).isEqualTo("approver");
                });
        assertThatThrownBy(() -> signIn.run("approver", () -> supervisions.lift(mark.id(), "再次")))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE actor = 'approver' AND target_id = ?",
                String.class, filing.filingNo())).contains("SUPERVISION_MARKED", "SUPERVISION_LIFTED");
    }

    @Test
    void theCreditOfficeMarksADepartmentThatHasNotFedBackAndItsLiaisonIsTold() {
        ListEntry entry = listed(applicant(), BreachTier.GENERAL, today().minusDays(20));
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        List<Long> asked = penalties.departmentsOf(penaltyCase.id());
        String late = liaisonOf(asked.get(0));
        String other = liaisonOf(asked.get(1));
        NewSupervisionMark mark = new NewSupervisionMark("逾期未反馈措施落实情况", today().plusDays(3));
        long notAsked = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();

        assertThatThrownBy(() -> signIn.run("approver", () -> supervisions.markPenaltyDepartment(penaltyCase.id(),
                asked.get(0), mark))).isInstanceOf(NotFoundException.class);
        if (!asked.contains(notAsked)) {
            assertThatThrownBy(() -> signIn.run(OFFICER, () -> supervisions.markPenaltyDepartment(penaltyCase.id(),
                    notAsked, mark))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            e.violations()).extracting(FieldViolation::messageKey)
                            .containsExactly("error.supervision.notAParty"));
        }

        SupervisionMark set = signIn.call(OFFICER, () -> supervisions.markPenaltyDepartment(penaltyCase.id(),
                asked.get(0), mark));

        assertThat(set.targetDepartmentId()).isEqualTo(asked.get(0));
        assertThat(noticesOf(late)).contains("notice.supervision.marked");
        assertThat(noticesOf(other)).doesNotContain("notice.supervision.marked");
        assertThat(signIn.call(late, () -> queries.ofCase(SupervisedCase.PENALTY_CASE, penaltyCase.id())))
                .extracting(SupervisionMark::id).containsExactly(set.id());
        assertThat(signIn.call(other, () -> queries.ofCase(SupervisedCase.PENALTY_CASE, penaltyCase.id())))
                .as("another department sees no mark of this one").isEmpty();
        assertThat(signIn.call(OFFICER, () -> supervisions.mayMark(SupervisedCase.PENALTY_CASE, penaltyCase.id())))
                .isTrue();
        assertThat(signIn.call(late, () -> supervisions.mayMark(SupervisedCase.PENALTY_CASE, penaltyCase.id())))
                .isFalse();

        signIn.run(OFFICER, () -> supervisions.lift(set.id(), "已电话督促，部门承诺本周反馈"));
        assertThat(signIn.call(late, () -> queries.ofCase(SupervisedCase.PENALTY_CASE, penaltyCase.id())))
                .singleElement().extracting(SupervisionMark::isOpen).isEqualTo(false);
    }

    @Test
    void theCreditOfficeMarksABreachUnderDetermination() {
        Applicant subject = applicant();
        cn.gov.ln.credit.breach.Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(10));
        String colleague = "credit." + breach.id();
        long office = jdbc.queryForObject("SELECT department_id FROM app_user WHERE username = ?", Long.class,
                OFFICER);
        signIn.run("sysadmin", () -> accounts.create(new cn.gov.ln.credit.account.NewUser(colleague, colleague,
                cn.gov.ln.credit.security.ActorKind.STAFF, office, null, null,
                Set.of(cn.gov.ln.credit.security.Roles.CREDIT_OFFICER), cn.gov.ln.testing.SignIn.DEMO_PASSWORD
                        .toCharArray())));
        NewSupervisionMark late = new NewSupervisionMark("告知期满未作出认定", today().plusDays(5));

        assertThatThrownBy(() -> signIn.run("approver", () -> supervisions.markBreach(breach.id(), late)))
                .isInstanceOf(AccessDeniedException.class);
        SupervisionMark mark = signIn.call(colleague, () -> supervisions.markBreach(breach.id(), late));

        assertThat(mark.caseType()).isEqualTo(SupervisedCase.BREACH);
        assertThat(noticesOf(OFFICER)).as("the officer determining it").contains("notice.supervision.marked");
        assertThat(noticesOf(colleague)).as("not the supervisor").doesNotContain("notice.supervision.marked");
        assertThat(signIn.call(OFFICER, () -> queries.ofCase(SupervisedCase.BREACH, breach.id())))
                .extracting(SupervisionMark::id).containsExactly(mark.id());
        assertThat(noticesOf(subject.username())).as("never the subject").doesNotContain("notice.supervision.marked");
    }

    @Test
    void aMarkPastItsDueDateRemindsItsRecipientsOnceAndALiftedOneNever() {
        long shenyang = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        String liaison = liaisonOf(shenyang);
        Filing late = filed();
        Filing lifted = filed();
        NewSupervisionMark request = new NewSupervisionMark("逾期未办结", today());
        SupervisionMark open = signIn.call("approver", () -> supervisions.markFiling(late.id(), null, request));
        SupervisionMark done = signIn.call("approver", () -> supervisions.markFiling(lifted.id(), null, request));
        signIn.run("approver", () -> supervisions.lift(done.id(), "已办结"));
        jdbc.update("UPDATE supervision_mark SET due_on = ? WHERE id IN (?, ?)", today().minusDays(1), open.id(),
                done.id());
        String link = "filings/" + late.id();
        assertThat(notices(liaison, "notice.supervision.overdue", link)).isZero();

        assertThat(reminders.remindOverdue()).isPositive();
        assertThat(reminders.remindOverdue()).as("nothing left to remind of").isZero();

        assertThat(notices(liaison, "notice.supervision.overdue", link)).as("once, and only once").isEqualTo(1);
        assertThat(notices("approver", "notice.supervision.overdue", link)).as("not the supervisor").isZero();
        assertThat(notices(liaison, "notice.supervision.overdue", "filings/" + lifted.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervision_mark WHERE id = ? AND reminded_at IS NOT "
                + "NULL", Integer.class, open.id())).isEqualTo(1);
    }

    @Test
    void theListShowsASupervisorTheOpenMarksOfTheirScopeOnly() {
        Filing filing = filed();
        SupervisionMark mark = signIn.call("approver", () -> supervisions.markFiling(filing.id(), null,
                new NewSupervisionMark("材料审查超时", today().plusDays(1))));
        Sort<SupervisionSortKey> newest = Sort.descending(SupervisionSortKey.MARKED_AT);

        List<SupervisionMark> approvers = signIn.call("approver", () -> queries.list(SupervisionListQuery.OPEN,
                newest, new PageRequest(0, 500)));
        assertThat(approvers).extracting(SupervisionMark::id).contains(mark.id());
        assertThat(signIn.call("approver", () -> queries.count(SupervisionListQuery.OPEN)))
                .isGreaterThanOrEqualTo(approvers.size());
        assertThat(signIn.call("approver", () -> queries.list(new SupervisionListQuery(false,
                SupervisedCase.BREACH), newest, new PageRequest(0, 500)))).extracting(SupervisionMark::id)
                .doesNotContain(mark.id());
        assertThat(signIn.call(OFFICER, () -> queries.list(SupervisionListQuery.OPEN, newest,
                new PageRequest(0, 500)))).as("another department's supervisor").extracting(SupervisionMark::caseType)
                .doesNotContain(SupervisedCase.FILING);
        assertThatThrownBy(() -> signIn.call("intake", () -> queries.count(SupervisionListQuery.OPEN)))
                .isInstanceOf(AccessDeniedException.class);

        signIn.run("approver", () -> supervisions.lift(mark.id(), "已处理"));
        assertThat(signIn.call("approver", () -> queries.list(new SupervisionListQuery(true, SupervisedCase.FILING),
                newest, new PageRequest(0, 500)))).extracting(SupervisionMark::id).contains(mark.id());
        assertThat(signIn.call("approver", () -> queries.list(SupervisionListQuery.OPEN, newest,
                new PageRequest(0, 500)))).extracting(SupervisionMark::id).doesNotContain(mark.id());
    }

    private int notices(String recipient, String key, String link) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND message_key = ? AND "
                + "link = ?", Integer.class, recipient, key, link);
    }

    private Filing filed() {
        String uscc = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND "
                + "current_grade = 'B' AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND "
                + "e.status = 'ACTIVE') ORDER BY id DESC", String.class).get((int) (System.nanoTime() % 5));
        Filing filing = signIn.call("intake", () -> filingService.file(new NewFiling("LN-SCJG-001", uscc, false, null,
                null)));
        for (Job job : management.createJobQuery().processInstanceId(filing.processInstanceId()).executable().list()) {
            management.executeJob(job.getId());
        }
        return filing;
    }

    private List<String> events(Filing filing) {
        return jdbc.queryForList("SELECT event_type FROM filing_event WHERE filing_id = ? ORDER BY id", String.class,
                filing.id());
    }
}
