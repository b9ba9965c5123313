package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.objection.NewObjection;
import cn.gov.ln.credit.objection.Objection;
import cn.gov.ln.credit.objection.ObjectionDecision;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Objections: the record is marked disputed at once; an upheld objection changes nothing but the mark; a successful
 * one revokes the listing, stops its publication, regrades the subject and lifts the measures at every department;
 * a correction moves the listing's periods and its end timer; a late reply is flagged.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class ObjectionProcessTest extends LifecycleSupport {

    @Test
    void anUpheldObjectionKeepsTheRecordAndClearsTheDisputeMark() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        Objection objection = signIn.call(subject.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), Objection.Ground.ERROR, "判决已撤销", null, null)));
        assertThat(listings.get(entry.id()).disputed()).as("marked at once").isTrue();
        assertThat(objection.replyDueOn()).isEqualTo(calendar.addWorkingDays(today(), 5));
        assertThat(noticesAbout(subject.username(), "notice.objection.received", objection.objectionNo()))
                .as("the applicant hears it was received").isEqualTo(1);
        assertThat(noticesAbout(OFFICER, "notice.objection.received", objection.objectionNo())).isZero();
        assertThatThrownBy(() -> signIn.run(subject.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), Objection.Ground.DUPLICATE, "再提一次", null, null))))
                .isInstanceOf(ConflictException.class);

        signIn.run(OFFICER, () -> objectionHandling.decide(objection.id(),
                new ObjectionDecision(Objection.ObjectionStatus.UPHELD, "经与沈阳市中级人民法院核实，判决合法有效", null, null)));
        assertThat(instance(objection.processInstanceId())).isNull();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(objection.processInstanceId()).activityId("Task_ReplyToSubject").count())
                .isEqualTo(1);
        ListEntry kept = listings.get(entry.id());
        assertThat(kept.status()).isEqualTo(ListStatus.ACTIVE);
        assertThat(kept.disputed()).isFalse();
        assertThat(noticesOf(subject.username())).contains("notice.objection.replied");
    }

    @Test
    void aSuccessfulObjectionRevokesTheListingAndTheLiftingReachesTheDepartments() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId())).isEqualTo("D");
        Objection objection = signIn.call(subject.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), Objection.Ground.SOURCE_MISMATCH, "与法院执行信息不一致",
                null, null)));
        signIn.run(OFFICER, () -> objectionHandling.decide(objection.id(),
                new ObjectionDecision(Objection.ObjectionStatus.REVOKED, "法院已裁定撤销原判决", null, null)));

        ListEntry revoked = listings.get(entry.id());
        assertThat(revoked.status()).isEqualTo(ListStatus.REVOKED);
        assertThat(revoked.disputed()).isFalse();
        assertThat(revoked.publishedOn(today())).isFalse();
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId())).as("regraded: a revoked listing counts for nothing").isEqualTo("A");
        assertThat(breachQueries.find(entry.breachId()).status()).isEqualTo(Breach.REVOKED);
        Breach breach = breachQueries.find(entry.breachId());
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(breach.processInstanceId()).activityId("Event_ListingEnded").count()).isEqualTo(1);
        assertThat(caseOf(entry, PenaltyAction.LIFT)).as("lifting pushed").isNotNull();
    }

    @Test
    void aCorrectedTierMovesThePeriodsAndTheEndTimer() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.SERIOUS, today().minusDays(30));
        Objection objection = signIn.call(subject.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), Objection.Ground.ERROR, "情节不属严重", null, null)));
        signIn.run(OFFICER, () -> objectionHandling.decide(objection.id(),
                new ObjectionDecision(Objection.ObjectionStatus.CORRECTED, "经核实属一般失信", null, BreachTier.GENERAL)));
        ListEntry corrected = listings.get(entry.id());
        assertThat(corrected.tier()).isEqualTo(BreachTier.GENERAL);
        assertThat(corrected.expiresOn()).isEqualTo(corrected.basisDate().plusYears(1).minusDays(1));
        Job timer = timer(breachQueries.find(entry.breachId()).processInstanceId(), "Timer_ListingEnds");
        assertThat(day(timer.getDuedate())).isEqualTo(corrected.expiresOn());
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId())).as("a general listing in force and its breach: 650").isEqualTo("C");
    }

    @Test
    void aLateReplyIsFlaggedAndAnotherSubjectsRecordCannotBeDisputed() {
        Applicant subject = applicant();
        Applicant other = applicant();
        ListEntry entry = listed(subject, BreachTier.GENERAL, today().minusDays(30));
        assertThatThrownBy(() -> signIn.run(other.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), Objection.Ground.ERROR, "别人的", null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("recordId"));
        Objection objection = signIn.call(subject.username(), () -> objections.raise(new NewObjection(
                Objection.RecordType.LIST_ENTRY, entry.id(), Objection.Ground.PAST_PERIOD, "已过公示期", null, null)));
        Job overdue = timer(objection.processInstanceId(), "Timer_ReplyOverdue");
        ClockUtil.setCurrentTime(new Date(overdue.getDuedate().getTime() + 60_000));
        management.executeJob(overdue.getId());
        assertThat(instance(objection.processInstanceId())).hasPassed("Task_FlagObjectionOverdue")
                .isWaitingAt("Task_VerifyObjection");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'OBJECTION_OVERDUE' "
                + "AND target_id = ?", Long.class, objection.objectionNo())).isEqualTo(1);
    }
}
