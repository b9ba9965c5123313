package cn.gov.ln.credit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.incentive.IncentiveCase;
import cn.gov.ln.credit.incentive.IncentiveCaseView;
import cn.gov.ln.credit.incentive.IncentivePart;
import cn.gov.ln.credit.incentive.IncentivePartStatus;
import cn.gov.ln.credit.incentive.IncentiveQueries;
import cn.gov.ln.credit.incentive.IncentiveReminders;
import cn.gov.ln.credit.incentive.IncentiveResponses;
import cn.gov.ln.credit.incentive.IncentiveService;
import cn.gov.ln.credit.incentive.IncentiveStatus;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEnding;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListStatus;
import cn.gov.ln.credit.listing.NewListing;
import cn.gov.ln.credit.redlist.RedListDetermination;
import cn.gov.ln.credit.redlist.RedListExpiry;
import cn.gov.ln.credit.redlist.RedListService;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.SubjectRecordChanged;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Red list determination through joint incentives: a credit officer puts an organisation on the red list on a
 * commendation; the case is pushed to every department whose line applies a measure; each responds and reports
 * feedback on its own part only; late parts are escalated; the case closes when the last has reported, and is
 * withdrawn when the entry ends (by an officer, or by itself in the transaction that lists the subject for serious
 * dishonesty).
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@RecordApplicationEvents
class JointIncentiveProcessTest extends LifecycleSupport {

    private static final Map<String, Object> APPLIED = Map.of("outcome", "APPLIED", "appliedMeasures",
            "已开通绿色通道，优先办理");
    private static final Map<String, Object> FEEDBACK = Map.of("result", "已优先办理 2 件审批事项", "timesApplied", 2);

    @Autowired
    RedListService redList;
    @Autowired
    IncentiveService incentives;
    @Autowired
    IncentiveResponses incentiveResponses;
    @Autowired
    IncentiveQueries incentiveQueries;
    @Autowired
    IncentiveReminders reminders;
    @Autowired
    RedListExpiry expiry;
    @Autowired
    SystemRunner system;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEvents events;

    @Test
    void aDeterminationIsPushedAnsweredReportedAndClosed() {
        jdbc.queryForList("SELECT d.id FROM department d WHERE d.code IN (SELECT '210000-' || m.line_code FROM "
                + "incentive_measure m)", Long.class).forEach(this::liaisonOf);
        Applicant subject = applicant();
        ListEntry entry = signIn.call(OFFICER, () -> redList.determine(determination(subject.uscc())));
        assertThat(entry.status()).isEqualTo(ListStatus.ACTIVE);
        assertThat(events.stream(SubjectRecordChanged.class))
                .contains(new SubjectRecordChanged(subject.subjectId(), "RED_LISTED"));
        assertThat(signIn.call(subject.username(), () -> notifications.mine(20)))
                .anyMatch(n -> n.messageKey().equals("notice.redList.listed"));
        assertThat(listings.publishedRed(subject.uscc(), PageRequest.first(10))).extracting(v -> v.entry().id())
                .containsExactly(entry.id());

        IncentiveCase incentiveCase = caseOf(entry);
        List<Long> asked = incentives.departmentsOf(incentiveCase.id());
        assertThat(asked).hasSizeGreaterThanOrEqualTo(5);
        assertThat(day(management.createJobQuery().processInstanceId(incentiveCase.processInstanceId())
                .activityId("Timer_ResponseOverdue").timers().list().get(0).getDuedate()))
                .isEqualTo(incentiveCase.responseDueOn())
                .isEqualTo(calendar.addWorkingDays(today(), 7));
        for (long department : asked) {
            assertThat(noticesAbout(liaisonOf(department), "notice.incentive.newCase", incentiveCase.caseNo()))
                    .isEqualTo(1);
        }

        String first = liaisonOf(asked.get(0));
        signIn.run(first, () -> incentiveResponses.respond(incentiveCase.id(), APPLIED));
        signIn.run(first, () -> incentiveResponses.respond(incentiveCase.id(), APPLIED));
        assertThatThrownBy(() -> signIn.run(first, () -> incentiveResponses.respond(incentiveCase.id(),
                Map.of("outcome", "NOT_APPLIED", "note", "改主意了")))).isInstanceOf(ConflictException.class);
        String second = liaisonOf(asked.get(1));
        assertThatThrownBy(() -> signIn.run(second, () -> incentiveResponses.reportFeedback(incentiveCase.id(),
                FEEDBACK))).isInstanceOf(ConflictException.class);

        for (long department : asked) {
            String liaison = liaisonOf(department);
            if (department != asked.get(0)) {
                signIn.run(liaison, () -> incentiveResponses.respond(incentiveCase.id(), department % 2 == 0 ? APPLIED
                        : Map.of("outcome", "NOT_APPLIED", "note", "本部门暂无该主体申办的事项")));
            }
            assertThat(instance(incentiveCase.processInstanceId())).isNotNull();
            IncentivePart reported = signIn.call(liaison, () -> incentiveResponses.reportFeedback(
                    incentiveCase.id(), FEEDBACK));
            assertThat(reported.status()).isEqualTo(IncentivePartStatus.REPORTED);
            assertThat(reported.timesApplied()).isEqualTo(2);
        }
        signIn.run(first, () -> incentiveResponses.reportFeedback(incentiveCase.id(), FEEDBACK));
        assertThat(instance(incentiveCase.processInstanceId())).as("closed when the last reported").isNull();
        IncentiveCaseView detail = signIn.call(OFFICER, () -> incentiveQueries.detail(incentiveCase.id()));
        assertThat(detail.incentiveCase().status()).isEqualTo(IncentiveStatus.CLOSED);
        assertThat(detail.progress()).isEqualTo(1.0);
        assertThat(noticesOf(OFFICER)).contains("notice.incentive.closed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INCENTIVE_FEEDBACK' "
                + "AND target_id = ?", Long.class, incentiveCase.caseNo())).isEqualTo(asked.size());
    }

    @Test
    void badInputAndIneligibleSubjectsAreRefusedNamingTheFieldAndNothingIsStored() {
        Applicant subject = applicant();
        RedListDetermination good = determination(subject.uscc());
        assertThat(fieldsRefused(new RedListDetermination(subject.uscc(), LegalBasisType.ADMINISTRATIVE_PENALTY,
                " ", good.basisIssuer(), good.basisDate(), good.reason(), good.listedOn(), good.listedOn(),
                good.publishUntil())))
                .containsExactlyInAnyOrder("basisType", "basisNumber", "expiresOn", "publishUntil");
        assertThat(fieldsRefused(new RedListDetermination(subject.uscc(), good.basisType(), good.basisNumber(),
                good.basisIssuer(), good.basisDate(), good.reason(), good.listedOn(), good.expiresOn(),
                good.expiresOn().plusDays(1)))).containsExactly("publishUntil");
        assertThat(fieldsRefused(new RedListDetermination("91210100MA0000000X", good.basisType(),
                good.basisNumber(), good.basisIssuer(), good.basisDate(), good.reason(), good.listedOn(),
                good.expiresOn(), good.publishUntil()))).containsExactly("identifier");

        signIn.run(OFFICER, () -> breaches.enter(new NewBreach(subject.uscc(), "未按承诺期限补交材料")));
        assertThatThrownBy(() -> signIn.run(OFFICER, () -> redList.determine(good)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("identifier",
                                "validation.redList.openBreach")));

        Applicant dishonest = applicant();
        listed(dishonest, BreachTier.GENERAL, today().minusDays(20));
        assertThatThrownBy(() -> signIn.run(OFFICER, () -> redList.determine(determination(dishonest.uscc()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("validation.redList.dishonestyListed"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM list_entry WHERE list_type = 'RED' AND subject_id IN "
                + "(?, ?)", Long.class, subject.subjectId(), dishonest.subjectId())).isZero();
    }

    @Test
    void anotherDepartmentSeesNothingAndCannotAnswer() {
        ListEntry entry = signIn.call(OFFICER, () -> redList.determine(determination(applicant().uscc())));
        IncentiveCase incentiveCase = caseOf(entry);
        long outsider = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-ARCHIVES'", Long.class);
        assertThat(incentives.departmentsOf(incentiveCase.id())).doesNotContain(outsider);
        String liaison = liaisonOf(outsider);
        assertThatThrownBy(() -> signIn.run(liaison, () -> incentiveResponses.respond(incentiveCase.id(), APPLIED)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.call(liaison, () -> incentiveQueries.incoming(incentiveCase.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(signIn.call(liaison, () -> incentiveQueries.incoming(false, PageRequest.first(100))))
                .noneMatch(c -> c.incentiveCase().id() == incentiveCase.id());
        String dalian = dalianOfficer();
        assertThatThrownBy(() -> signIn.call(dalian, () -> incentiveQueries.detail(incentiveCase.id())))
                .as("another division's case does not exist").isInstanceOf(NotFoundException.class);
        assertThat(signIn.call(dalian, () -> incentiveQueries.cases(false, PageRequest.first(500))))
                .noneMatch(c -> c.incentiveCase().id() == incentiveCase.id());
        assertThatThrownBy(() -> signIn.call(dalian, () -> redList.remove(entry.id(), "越权移出")))
                .isInstanceOf(NotFoundException.class);

        String asked = liaisonOf(incentives.departmentsOf(incentiveCase.id()).get(0));
        assertThatThrownBy(() -> signIn.run(asked, () -> incentiveResponses.respond(incentiveCase.id(),
                Map.of("outcome", "NOT_APPLIED"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("fields.note"));
        assertThatThrownBy(() -> signIn.run(asked, () -> incentiveResponses.respond(incentiveCase.id(),
                Map.of("outcome", "MAYBE", "secret", "x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).contains("fields.outcome", "fields.secret"));
        signIn.run(asked, () -> incentiveResponses.respond(incentiveCase.id(), APPLIED));
        assertThatThrownBy(() -> signIn.run(asked, () -> incentiveResponses.reportFeedback(incentiveCase.id(),
                Map.of("result", "已办理", "timesApplied", -1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("fields.timesApplied"));
    }

    @Test
    void aLateDepartmentIsRemindedThenEscalatedAndStillResponds() {
        ListEntry entry = signIn.call(OFFICER, () -> redList.determine(determination(applicant().uscc())));
        IncentiveCase incentiveCase = caseOf(entry);
        long late = incentives.departmentsOf(incentiveCase.id()).get(0);
        String liaison = liaisonOf(late);

        ClockUtil.setCurrentTime(Date.from(incentiveCase.responseDueOn().minusDays(1).atTime(12, 0).atZone(ZONE)
                .toInstant()));
        reminders.remindDueSoon();
        reminders.remindDueSoon();
        assertThat(noticesAbout(liaison, "notice.incentive.dueSoon", incentiveCase.caseNo())).isEqualTo(1);

        Job lateTimer = management.createJobQuery().processInstanceId(incentiveCase.processInstanceId())
                .activityId("Timer_ResponseOverdue").timers().list().stream()
                .filter(j -> late == ((Number) runtime.getVariable(j.getExecutionId(), "departmentId")).longValue())
                .findFirst().orElseThrow();
        ClockUtil.setCurrentTime(new Date(lateTimer.getDuedate().getTime() + 60_000));
        management.executeJob(lateTimer.getId());

        IncentiveCaseView detail = signIn.call(OFFICER, () -> incentiveQueries.detail(incentiveCase.id()));
        IncentiveCaseView.DepartmentPart part = detail.parts().stream()
                .filter(p -> p.part().departmentId() == late).findFirst().orElseThrow();
        assertThat(part.part().escalatedAt()).isNotNull();
        assertThat(part.overdue()).isTrue();
        assertThat(noticesAbout(OFFICER, "notice.incentive.overdue", incentiveCase.caseNo())).isEqualTo(1);
        assertThat(noticesAbout(liaison, "notice.incentive.overdue", incentiveCase.caseNo())).isEqualTo(1);

        signIn.run(liaison, () -> incentiveResponses.respond(incentiveCase.id(), APPLIED));
        assertThat(engineTasks.createTaskQuery().processInstanceId(incentiveCase.processInstanceId())
                .taskDefinitionKey(IncentiveService.TASK_FEEDBACK).count()).isEqualTo(1);
    }

    @Test
    void aDishonestyListingRemovesTheRedEntryAndWithdrawsTheCaseInItsOwnTransaction() {
        Applicant subject = applicant();
        ListEntry red = signIn.call(OFFICER, () -> redList.determine(determination(subject.uscc())));
        IncentiveCase incentiveCase = caseOf(red);
        long department = incentives.departmentsOf(incentiveCase.id()).get(0);
        signIn.run(liaisonOf(department), () -> incentiveResponses.respond(incentiveCase.id(), APPLIED));

        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            system.run(() -> listings.list(dishonesty(subject)));
            assertThat(listings.get(red.id()).status()).as("ended inside the listing's transaction")
                    .isEqualTo(ListStatus.LIFTED);
            status.setRollbackOnly();
        });
        assertThat(listings.get(red.id()).status()).as("and rolled back with it").isEqualTo(ListStatus.ACTIVE);
        assertThat(instance(incentiveCase.processInstanceId())).isNotNull();

        ListEntry dishonesty = system.call(() -> listings.list(dishonesty(subject)));
        assertThat(dishonesty.status()).isEqualTo(ListStatus.ACTIVE);
        ListEntry ended = listings.get(red.id());
        assertThat(ended.status()).isEqualTo(ListStatus.LIFTED);
        assertThat(ended.endReason()).isEqualTo(ListEnding.INELIGIBLE.name());
        assertThat(listings.publishedRed(subject.uscc(), PageRequest.first(10))).isEmpty();
        assertThat(events.stream(SubjectRecordChanged.class))
                .contains(new SubjectRecordChanged(subject.subjectId(), "RED_REMOVED"));
        assertThat(instance(incentiveCase.processInstanceId())).as("the case's process ended").isNull();
        IncentiveCaseView detail = signIn.call(OFFICER, () -> incentiveQueries.detail(incentiveCase.id()));
        assertThat(detail.incentiveCase().status()).isEqualTo(IncentiveStatus.WITHDRAWN);
        assertThat(detail.parts()).allSatisfy(p -> assertThat(p.part().status())
                .isEqualTo(IncentivePartStatus.WITHDRAWN));
        assertThat(noticesAbout(liaisonOf(department), "notice.incentive.withdrawn", incentiveCase.caseNo()))
                .isEqualTo(1);
        assertThatThrownBy(() -> signIn.run(liaisonOf(department), () -> incentiveResponses.reportFeedback(
                incentiveCase.id(), FEEDBACK))).isInstanceOf(ConflictException.class);
    }

    @Test
    void anOfficerRemovesAnEntryWithAReasonOnce() {
        Applicant subject = applicant();
        ListEntry red = signIn.call(OFFICER, () -> redList.determine(determination(subject.uscc())));
        IncentiveCase incentiveCase = caseOf(red);
        assertThatThrownBy(() -> signIn.call(OFFICER, () -> redList.remove(red.id(), " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("reason"));
        assertThat(signIn.call(OFFICER, () -> redList.remove(red.id(), "表彰决定已被撤销"))).isTrue();
        assertThat(signIn.call(OFFICER, () -> redList.remove(red.id(), "表彰决定已被撤销"))).isFalse();
        assertThat(listings.get(red.id()).endReason()).isEqualTo(ListEnding.REMOVED.name());
        assertThat(listings.endNoteOf(red.id())).isEqualTo("表彰决定已被撤销");
        assertThat(instance(incentiveCase.processInstanceId())).isNull();
        assertThat(signIn.call(subject.username(), () -> notifications.mine(20)))
                .anyMatch(n -> n.messageKey().equals("notice.redList.removed"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'RED_REMOVED' "
                + "AND target_id = ?", Long.class, Long.toString(red.id()))).isEqualTo(1);
    }

    @Test
    void anEntryEndingAfterItsCaseClosedStillTellsTheDepartmentsThatAppliedToStop() {
        Applicant subject = applicant();
        ListEntry red = signIn.call(OFFICER, () -> redList.determine(determination(subject.uscc())));
        IncentiveCase incentiveCase = caseOf(red);
        List<Long> asked = incentives.departmentsOf(incentiveCase.id());
        long notApplied = asked.get(asked.size() - 1);
        for (long department : asked) {
            String liaison = liaisonOf(department);
            signIn.run(liaison, () -> incentiveResponses.respond(incentiveCase.id(), department == notApplied
                    ? Map.of("outcome", "NOT_APPLIED", "note", "本部门暂无该主体申办的事项") : APPLIED));
            signIn.run(liaison, () -> incentiveResponses.reportFeedback(incentiveCase.id(), FEEDBACK));
        }
        assertThat(instance(incentiveCase.processInstanceId())).as("closed").isNull();

        assertThat(signIn.call(OFFICER, () -> redList.remove(red.id(), "表彰决定已被撤销"))).isTrue();
        assertThat(signIn.call(OFFICER, () -> redList.remove(red.id(), "表彰决定已被撤销"))).isFalse();
        for (long department : asked) {
            assertThat(noticesAbout(liaisonOf(department), "notice.incentive.stopped", incentiveCase.caseNo()))
                    .as("department " + department).isEqualTo(department == notApplied ? 0 : 1);
        }
        assertThat(signIn.call(OFFICER, () -> incentiveQueries.detail(incentiveCase.id())).incentiveCase()
                .status()).as("the closed case stays closed").isEqualTo(IncentiveStatus.CLOSED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INCENTIVE_STOPPED' "
                + "AND target_id = ?", Long.class, incentiveCase.caseNo())).isEqualTo(1);
    }

    @Test
    void anEntryEndsByItselfAtTheEndOfItsPeriodOnce() {
        Applicant subject = applicant();
        RedListDetermination shortly = new RedListDetermination(subject.uscc(), LegalBasisType.COMMENDATION,
                "辽市监发〔2026〕短" + subject.subjectId() + "号", "辽宁省市场监督管理局", today().minusDays(10),
                "守合同重信用企业", today(), today().plusDays(3), today().plusDays(2));
        ListEntry red = signIn.call(OFFICER, () -> redList.determine(shortly));
        IncentiveCase incentiveCase = caseOf(red);
        long department = incentives.departmentsOf(incentiveCase.id()).get(0);

        ClockUtil.setCurrentTime(Date.from(today().plusDays(3).atTime(12, 0).atZone(ZONE).toInstant()));
        expiry.endExpired();
        assertThat(listings.get(red.id()).status()).as("in force on its last day").isEqualTo(ListStatus.ACTIVE);

        ClockUtil.setCurrentTime(Date.from(today().plusDays(1).atTime(12, 0).atZone(ZONE).toInstant()));
        assertThat(expiry.endExpired()).isPositive();
        assertThat(expiry.endExpired()).as("a second run ends nothing more").isZero();
        ListEntry ended = listings.get(red.id());
        assertThat(ended.status()).isEqualTo(ListStatus.EXPIRED);
        assertThat(ended.endReason()).isEqualTo(ListEnding.EXPIRED.name());
        assertThat(listings.publishedRed(subject.uscc(), PageRequest.first(10))).isEmpty();
        assertThat(events.stream(SubjectRecordChanged.class))
                .contains(new SubjectRecordChanged(subject.subjectId(), "RED_REMOVED"));
        assertThat(instance(incentiveCase.processInstanceId())).isNull();
        assertThat(noticesAbout(liaisonOf(department), "notice.incentive.withdrawn", incentiveCase.caseNo()))
                .isEqualTo(1);
    }

    @Test
    void anEntryIsPublishedFromItsListingDateAndItsPeriodCannotHaveEnded() {
        Applicant subject = applicant();
        RedListDetermination good = determination(subject.uscc());
        RedListDetermination past = new RedListDetermination(subject.uscc(), good.basisType(), good.basisNumber(),
                good.basisIssuer(), today().minusDays(60), good.reason(), today().minusDays(30),
                today().minusDays(1), today().minusDays(2));
        assertThatThrownBy(() -> signIn.run(OFFICER, () -> redList.determine(past)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("expiresOn",
                                "validation.redList.expiresInPast")));

        RedListDetermination later = new RedListDetermination(subject.uscc(), good.basisType(), good.basisNumber(),
                good.basisIssuer(), good.basisDate(), good.reason(), today().plusDays(5), good.expiresOn(),
                good.publishUntil());
        ListEntry red = signIn.call(OFFICER, () -> redList.determine(later));
        assertThat(listings.publishedRed(subject.uscc(), PageRequest.first(10))).isEmpty();
        assertThat(listings.countPublishedRed(subject.uscc())).isZero();
        ClockUtil.setCurrentTime(Date.from(today().plusDays(5).atTime(9, 0).atZone(ZONE).toInstant()));
        assertThat(listings.publishedRed(subject.uscc(), PageRequest.first(10))).extracting(v -> v.entry().id())
                .containsExactly(red.id());
    }

    /**
     * The first determination holds its transaction open after its checks and insert; the second, for the same
     * subject, waits on the subject's row instead of reading around the uncommitted entry, then is refused.
     */
    @Test
    void twoDeterminationsOfOneSubjectAtOnceMakeOneEntry() throws Exception {
        Applicant subject = applicant();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService other = Executors.newSingleThreadExecutor();
        AtomicReference<Thread> second = new AtomicReference<>();
        try {
            // Signed in before the transaction, so that it holds no lock of the officer's sign-in.
            CompletableFuture<Object> outcome = signIn.call(OFFICER, () -> transaction.execute(status -> {
                redList.determine(determination(subject.uscc()));
                CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
                    second.set(Thread.currentThread());
                    try {
                        return signIn.call(OFFICER, () -> redList.determine(determination(subject.uscc())));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }, other);
                Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> result.isDone()
                        || waitsInTheDatabase(second.get()));
                return result;
            }));
            Object refused = outcome.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(refused).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                    .extracting(FieldViolation::messageKey).containsExactly("validation.redList.alreadyListed"));
        } finally {
            other.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM list_entry WHERE list_type = 'RED' AND subject_id = ?",
                Long.class, subject.subjectId())).isEqualTo(1);
    }

    /** Whether the thread waits on a row lock in the database, not on a pool or a monitor of ours. */
    private boolean waitsInTheDatabase(Thread thread) {
        if (thread == null) {
            return false;
        }
        List<String> frames = java.util.Arrays.stream(thread.getStackTrace()).map(StackTraceElement::getClassName)
                .toList();
        if (frames.stream().anyMatch(f -> f.startsWith("org.postgresql."))) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
                    Long.class) > 0;
        }
        return thread.getState() != Thread.State.RUNNABLE && frames.stream().anyMatch(f -> f.startsWith("org.h2."));
    }

    /** A credit officer of the Dalian development and reform commission (division 210200), created once. */
    private String dalianOfficer() {
        String username = "officer-dalian";
        if (!accounts.exists(username)) {
            long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210200-DEVELOPMENT_REFORM'",
                    Long.class);
            signIn.run("sysadmin", () -> accounts.create(new cn.gov.ln.credit.account.NewUser(username, "大连信用科",
                    cn.gov.ln.credit.security.ActorKind.STAFF, department, null, null,
                    java.util.Set.of(cn.gov.ln.credit.security.Roles.CREDIT_OFFICER),
                    cn.gov.ln.testing.SignIn.DEMO_PASSWORD.toCharArray())));
        }
        return username;
    }

    private List<String> fieldsRefused(RedListDetermination determination) {
        try {
            signIn.run(OFFICER, () -> redList.determine(determination));
        } catch (ValidationException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("not refused");
    }

    private RedListDetermination determination(String identifier) {
        return new RedListDetermination(identifier, LegalBasisType.COMMENDATION, "辽市监发〔2026〕" + identifier.substring(
                12) + "号", "辽宁省市场监督管理局", today().minusDays(10), "守合同重信用企业", today(),
                today().plusYears(3), today().plusYears(1));
    }

    private NewListing dishonesty(Applicant subject) {
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = '210000-COURT'", Long.class);
        return new NewListing(null, subject.subjectId(), BreachTier.SERIOUS, "拒不履行生效判决",
                LegalBasisType.COURT_JUDGMENT, "（2026）辽01执" + subject.subjectId() + "号", "沈阳市中级人民法院",
                today().minusDays(5), department, "210000");
    }

    /** The entry's incentive case, its announcements run. */
    private IncentiveCase caseOf(ListEntry entry) {
        long id = jdbc.queryForObject("SELECT id FROM incentive_case WHERE list_entry_id = ?", Long.class,
                entry.id());
        IncentiveCase incentiveCase = signIn.call(OFFICER, () -> incentiveQueries.detail(id).incentiveCase());
        runJobs(incentiveCase.processInstanceId());
        return incentiveCase;
    }
}
