package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Breach determination under due process: no determination without a legally effective document; the advance
 * notice and the defence period in working days; a statement answered online or a lapsed period; the listing with
 * its tier and periods from the document's date, the grade, the push to the departments; and the listing ending by
 * itself at its maximum period, with the lifting pushed the same way.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class BreachDeterminationProcessTest extends LifecycleSupport {

    @Test
    void noDeterminationWithoutALegallyEffectiveDocumentAndNothingIsStored() {
        Applicant subject = applicant();
        Breach breach = signIn.call(OFFICER, () -> breaches.enter(new NewBreach(subject.uscc(), "虚假承诺")));
        assertThatThrownBy(() -> signIn.run(OFFICER, () -> determinations.startDetermination(breach.id(),
                new LegalDocument(LegalBasisType.COMMENDATION, " ", null, today().plusDays(1), null),
                new Upload("a.exe", "application/x-msdownload", new byte[0]))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .contains("basisType", "basisNumber", "basisIssuer", "basisDate", "tier", "attachment"));
        Breach unchanged = reload(breach);
        assertThat(unchanged.status()).isEqualTo(Breach.RAISED);
        assertThat(unchanged.caseNo()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_document WHERE owner_id = ? AND owner_type = 'BREACH'",
                Long.class, breach.id())).isZero();
    }

    @Test
    void aLapsedDefencePeriodLeadsToTheDecisionAndTheListingGoesToEveryDepartment() {
        Applicant subject = applicant();
        LocalDate basisDate = today().minusDays(10);
        Breach breach = determine(subject, BreachTier.SERIOUS, basisDate);
        ProcessInstance instance = instance(breach.processInstanceId());
        assertThat(instance).hasPassed("Task_SendAdvanceNotice").isWaitingAt("Gateway_AwaitStatement");
        Breach noticed = reload(breach);
        assertThat(noticed.status()).isEqualTo(Breach.NOTICE_SENT);
        assertThat(noticed.defenceDueOn()).isEqualTo(calendar.addWorkingDays(today(), 5));
        assertThat(day(timer(breach.processInstanceId(), "Timer_DefencePeriodEnds").getDuedate()))
                .isEqualTo(noticed.defenceDueOn());
        assertThat(noticesOf(subject.username())).contains("notice.breach.advanceIssued");

        lapseDefence(breach);
        assertThat(instance).hasPassed("Task_RecordLapse").isWaitingAt("Task_DecideListing");
        assertThatThrownBy(() -> signIn.run(subject.username(),
                () -> determinations.submitStatement(breach.id(), "晚了"))).isInstanceOf(ConflictException.class);

        signIn.run(OFFICER, () -> determinations.decide(breach.id(),
                new ListingDecision(true, BreachTier.SERIOUS, "逾期未申辩，事实清楚")));
        Breach listedBreach = reload(breach);
        assertThat(listedBreach.status()).isEqualTo(Breach.LISTED);
        ListEntry entry = listings.get(listedBreach.listEntryId());
        assertThat(entry.publishUntil()).isEqualTo(basisDate.plusYears(3).minusDays(1));
        assertThat(entry.expiresOn()).isEqualTo(entry.publishUntil());
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId())).isEqualTo("D");
        assertThat(instance).isWaitingAt("Task_InitiateJointPenalty");

        runJobs(breach.processInstanceId());
        assertThat(instance).isWaitingAt("Gateway_Published");
        PenaltyCase penaltyCase = caseOf(entry, PenaltyAction.INITIATE);
        long departmentsAsked = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE case_id = ?",
                Long.class, penaltyCase.id());
        assertThat(departmentsAsked).as("every member department has a serious-tier measure").isGreaterThanOrEqualTo(59);
        assertThat(engineTasks.createTaskQuery().processInstanceId(penaltyCase.processInstanceId())
                .taskDefinitionKey("Task_RespondToCase").count()).isEqualTo(departmentsAsked);
        assertThat(noticesOf(subject.username())).contains("notice.breach.decisionIssued");
    }

    @Test
    void aStatementAnsweredOnlineEndsTheWaitAndTheOfficerMayDecideNotToList() {
        Applicant subject = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today().minusDays(3));
        signIn.run(subject.username(), () -> determinations.submitStatement(breach.id(), "已于判决后全额履行，附银行回单"));
        ProcessInstance instance = instance(breach.processInstanceId());
        assertThat(instance).hasPassed("Event_StatementSubmitted").isWaitingAt("Task_DecideListing");
        assertThat(reload(breach).statement()).isEqualTo("已于判决后全额履行，附银行回单");
        assertThat(timer(breach.processInstanceId(), "Timer_DefencePeriodEnds")).as("the period timer is gone").isNull();

        signIn.run(OFFICER, () -> determinations.decide(breach.id(), new ListingDecision(false, null, "申辩理由成立")));
        assertThat(instance).hasPassed("EndEvent_NotListed").isEnded();
        assertThat(reload(breach).status()).isEqualTo(Breach.NOT_LISTED);
        assertThat(listings.entriesOf(subject.subjectId())).isEmpty();
    }

    @Test
    void anotherSubjectCannotAnswerAndAnOfficerOfAnotherDivisionCannotSeeTheCase() {
        Applicant subject = applicant();
        Applicant other = applicant();
        Breach breach = determine(subject, BreachTier.GENERAL, today());
        assertThatThrownBy(() -> signIn.run(other.username(), () -> determinations.submitStatement(breach.id(), "不是我")))
                .isInstanceOf(cn.gov.ln.credit.shared.NotFoundException.class);
        assertThat(reload(breach).statement()).isNull();
    }

    @Test
    void publicationStopsByItselfAtTheMaximumPeriodAndTheLiftingReachesTheDepartments() {
        Applicant subject = applicant();
        ListEntry entry = listed(subject, BreachTier.GENERAL, today().minusMonths(2));
        assertThat(entry.publishedOn(today())).isTrue();
        PenaltyCase initiated = caseOf(entry, PenaltyAction.INITIATE);
        assertThat(initiated).isNotNull();
        Breach breach = breachQueries.find(entry.breachId());
        Job expiry = timer(breach.processInstanceId(), "Timer_ListingEnds");
        assertThat(day(expiry.getDuedate())).isEqualTo(entry.expiresOn());

        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(new Date(expiry.getDuedate().getTime() + 60_000));
        management.executeJob(expiry.getId());
        assertThat(instance(breach.processInstanceId())).as("ended").isNull();
        ListEntry ended = listings.get(entry.id());
        assertThat(ended.status()).isEqualTo(ListStatus.EXPIRED);
        assertThat(ended.publishedOn(today())).isFalse();
        PenaltyCase lifting = caseOf(entry, PenaltyAction.LIFT);
        assertThat(lifting).isNotNull();
        assertThat(jdbc.queryForList("SELECT department_id FROM penalty_response WHERE case_id = ? ORDER BY id",
                Long.class, lifting.id())).isEqualTo(jdbc.queryForList(
                        "SELECT department_id FROM penalty_response WHERE case_id = ? ORDER BY id", Long.class,
                        initiated.id()));
        assertThat(jdbc.queryForObject("SELECT current_grade FROM credit_subject WHERE id = ?", String.class,
                subject.subjectId())).as("a general listing never changed the grade").isEqualTo("B");
    }
}
