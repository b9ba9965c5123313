package cn.gov.ln.credit.substitution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskItem;
import cn.gov.ln.credit.task.TaskQuery;
import cn.gov.ln.credit.task.TaskView;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Substitution (代理) through the real task service and engine: the substitute is offered the absent officer's
 * tasks, claims and completes them with the absent officer's post, every such act says "B for A" on the timeline
 * and in the audit trail, and the substitution ends by itself when the clock passes its end.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubstitutionProcessTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Substitutions substitutions;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    FilingService filings;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    ManagementService management;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    AccessGuard guard;
    @Autowired
    JdbcTemplate jdbc;

    SignIn signIn;
    long shenyang;
    long dalian;

    @BeforeAll
    void departments() {
        signIn = new SignIn(securityManager);
        shenyang = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        dalian = departments.findByCode("210200-MARKET_REGULATION").orElseThrow().id();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSubstituteClaimsAndCompletesTheAbsentOfficersTaskAndEveryActSaysForWhom() {
        String absent = officer("abs", shenyang, Roles.INTAKE_OFFICER);
        String substitute = officer("sub", shenyang, Roles.VERIFICATION_OFFICER);
        Filing filing = filedAndChecked();
        String taskId = reviewTask(filing);
        signIn.run(absent, () -> tasks.claim(taskId));
        assertThat(list(substitute, TaskView.MINE, filing)).isEmpty();
        assertThatThrownBy(() -> signIn.run(substitute, () -> tasks.get(taskId)))
                .isInstanceOf(NotFoundException.class);

        Instant now = Instant.now();
        signIn.call(absent, () -> substitutions.name(new NewSubstitution(absent, substitute,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(8)))));

        assertThat(list(substitute, TaskView.MINE, filing)).extracting(TaskItem::taskId).containsExactly(taskId);
        assertThat(offeredThrough(substitute, taskId, absent)).containsEntry(taskId, absent);
        assertThat(list(absent, TaskView.MINE, filing)).as("still the absent officer's too").hasSize(1);
        assertThat(notices(substitute)).contains("notice.substitution.named");

        signIn.run(substitute, () -> tasks.complete(taskId, Map.of("reviewDecision", "ACCEPT")));

        assertThat(jdbc.queryForList("SELECT actor || ' ' || args FROM filing_event WHERE filing_id = ? AND "
                + "event_type = 'SUBSTITUTE_ACTED'", String.class, filing.id()))
                .singleElement().asString().startsWith(substitute).contains(absent);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event WHERE actor = ? AND action = 'SUBSTITUTE_ACTED'",
                String.class, substitute)).singleElement().asString().contains(substitute + " for " + absent);
        assertThat(list(absent, TaskView.MINE, filing)).as("the review is done").isEmpty();
    }

    @Test
    void aSupervisorNamesASubstituteWhoIsOfferedTheAbsentOfficersPostUntilThePeriodEnds() {
        String absent = officer("abs", shenyang, Roles.INTAKE_OFFICER);
        String substitute = officer("sub", shenyang, Roles.VERIFICATION_OFFICER);
        Filing filing = filedAndChecked();
        String taskId = reviewTask(filing);
        assertThat(list(substitute, TaskView.DEPARTMENT, filing)).isEmpty();

        Instant now = Instant.now();
        Substitution named = signIn.call("approver", () -> substitutions.name(new NewSubstitution(absent,
                substitute, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)))));
        assertThat(named.createdBy()).isEqualTo("approver");
        assertThat(list(substitute, TaskView.DEPARTMENT, filing)).extracting(TaskItem::taskId)
                .containsExactly(taskId);
        assertThat(offeredThrough(substitute, taskId, null)).containsEntry(taskId, absent);
        assertThat(signIn.call(substitute, () -> tasks.get(taskId)).item().taskId()).isEqualTo(taskId);
        assertThat(signIn.call(substitute, () -> substitutions.current())).extracting(Substitution::id)
                .contains(named.id());

        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofHours(3))));

        assertThat(list(substitute, TaskView.DEPARTMENT, filing)).as("the substitution ended by itself").isEmpty();
        assertThatThrownBy(() -> signIn.run(substitute, () -> tasks.claim(taskId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(offeredThrough(substitute, taskId, null)).isEmpty();
        assertThat(signIn.call(substitute, () -> substitutions.current())).extracting(Substitution::id)
                .doesNotContain(named.id());
    }

    @Test
    void theSubstituteClaimsAnUnclaimedTaskThroughTheAbsentOfficersPost() {
        String absent = officer("abs", shenyang, Roles.INTAKE_OFFICER);
        String substitute = officer("sub", shenyang, Roles.VERIFICATION_OFFICER);
        Filing filing = filedAndChecked();
        String taskId = reviewTask(filing);
        assertThatThrownBy(() -> signIn.run(substitute, () -> tasks.claim(taskId)))
                .isInstanceOf(NotFoundException.class);
        Instant now = Instant.now();
        signIn.call(absent, () -> substitutions.name(new NewSubstitution(absent, substitute, now.minusSeconds(60),
                now.plus(Duration.ofDays(1)))));

        signIn.run(substitute, () -> tasks.claim(taskId));

        assertThat(list(substitute, TaskView.MINE, filing)).extracting(TaskItem::assignee).containsExactly(substitute);
        assertThat(offeredThrough(substitute, taskId, substitute)).as("now the substitute's own").isEmpty();
        assertThat(jdbc.queryForList(
                "SELECT event_type FROM filing_event WHERE filing_id = ? AND actor = ? ORDER BY id",
                String.class, filing.id(), substitute)).containsExactly("TASK_CLAIMED", "SUBSTITUTE_ACTED");
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE actor = ? ORDER BY id", String.class,
                substitute)).containsSubsequence("TASK_CLAIMED", "SUBSTITUTE_ACTED");
    }

    @Test
    void theSubstituteReleasesTheAbsentOfficersTaskToTheDepartment() {
        String absent = officer("abs", shenyang, Roles.INTAKE_OFFICER);
        String substitute = officer("sub", shenyang, Roles.VERIFICATION_OFFICER);
        Filing filing = filedAndChecked();
        String taskId = reviewTask(filing);
        signIn.run(absent, () -> tasks.claim(taskId));
        Instant now = Instant.now();
        signIn.call(absent, () -> substitutions.name(new NewSubstitution(absent, substitute, now.minusSeconds(60),
                now.plus(Duration.ofDays(1)))));

        signIn.run(substitute, () -> tasks.release(taskId));

        assertThat(list("intake", TaskView.DEPARTMENT, filing)).as("back in the department's list").hasSize(1);
        assertThat(jdbc.queryForList(
                "SELECT event_type FROM filing_event WHERE filing_id = ? AND actor = ? ORDER BY id",
                String.class, filing.id(), substitute)).containsExactly("TASK_RELEASED", "SUBSTITUTE_ACTED");
    }

    @Test
    void aRevokedSubstitutionOffersNothing() {
        String absent = officer("abs", shenyang, Roles.INTAKE_OFFICER);
        String substitute = officer("sub", shenyang, Roles.VERIFICATION_OFFICER);
        Filing filing = filedAndChecked();
        Instant now = Instant.now();
        Substitution named = signIn.call(absent, () -> substitutions.name(new NewSubstitution(absent, substitute,
                now.minusSeconds(60), now.plus(Duration.ofDays(2)))));
        assertThat(list(substitute, TaskView.DEPARTMENT, filing)).hasSize(1);

        signIn.run(absent, () -> substitutions.revoke(named.id()));

        assertThat(list(substitute, TaskView.DEPARTMENT, filing)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SUBSTITUTION_REVOKED' "
                + "AND target_id = ?", Long.class, String.valueOf(named.id()))).isEqualTo(1);
    }

    @Test
    void nobodyNamesASubstituteOutsideTheRules() {
        String absent = officer("abs", shenyang, Roles.INTAKE_OFFICER);
        String colleague = officer("sub", shenyang, Roles.INTAKE_OFFICER);
        String elsewhere = officer("dl", dalian, Roles.INTAKE_OFFICER);
        Instant now = Instant.now();
        Instant end = now.plus(Duration.ofDays(1));

        assertThat(refusal(absent, new NewSubstitution(absent, elsewhere, now, end)))
                .containsExactly(FieldViolation.of("substitute", "error.substitution.otherDepartment"));
        assertThat(refusal(absent, new NewSubstitution(absent, absent, now, end)))
                .containsExactly(FieldViolation.of("substitute", "error.substitution.self"));
        assertThat(refusal(colleague, new NewSubstitution(absent, colleague, now, end)))
                .as("an officer names substitutes for themselves only")
                .containsExactly(FieldViolation.of("absent", "error.substitution.onlyForOneself"));
        assertThat(refusal(elsewhere, new NewSubstitution(absent, elsewhere, now, end)))
                .containsExactly(FieldViolation.of("absent", "error.substitution.absentOutOfScope"));
        assertThat(refusal(absent, new NewSubstitution(absent, colleague, end, now)))
                .containsExactly(FieldViolation.of("endsAt", "error.substitution.endsBeforeStart"));
        assertThat(refusal(absent, new NewSubstitution(absent, colleague, now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(1))))).containsExactly(
                        FieldViolation.of("endsAt", "error.substitution.over"));
        assertThat(refusal(absent, new NewSubstitution(absent, null, null, end)))
                .extracting(FieldViolation::field).containsExactly("substitute", "startsAt");

        signIn.call(absent, () -> substitutions.name(new NewSubstitution(absent, colleague, now, end)));
        String other = officer("sub", shenyang, Roles.INTAKE_OFFICER);
        assertThat(refusal(absent, new NewSubstitution(absent, other, end.minus(Duration.ofHours(1)),
                end.plus(Duration.ofDays(1))))).containsExactly(FieldViolation.of("startsAt",
                        "error.substitution.overlaps"));
        assertThat(signIn.call(absent, () -> substitutions.name(new NewSubstitution(absent, other, end,
                end.plus(Duration.ofDays(1))))).absentUsername()).as("the next period").isEqualTo(absent);
    }

    private List<FieldViolation> refusal(String username, NewSubstitution request) {
        try {
            signIn.run(username, () -> substitutions.name(request));
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("not refused: " + request);
    }

    private String officer(String prefix, long department, String role) {
        String username = prefix + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100_000;
        signIn.run("sysadmin", () -> accounts.create(new NewUser(username, username, ActorKind.STAFF, department,
                null, null, Set.of(role), SignIn.DEMO_PASSWORD.toCharArray())));
        return username;
    }

    private Map<String, String> offeredThrough(String username, String taskId, String assignee) {
        Map<String, String> page = new HashMap<>();
        page.put(taskId, assignee);
        Map<String, String> through = new HashMap<>();
        signIn.call(username, () -> substitutions.offeredThrough(guard.current(), page))
                .forEach((id, absence) -> through.put(id, absence.username()));
        return through;
    }

    private List<String> notices(String username) {
        return jdbc.queryForList("SELECT message_key FROM notification WHERE recipient = ?", String.class, username);
    }

    private String subject() {
        return jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND current_grade = 'B' "
                + "AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE') "
                + "ORDER BY id DESC", String.class).get((int) (System.nanoTime() % 5));
    }

    private Filing filedAndChecked() {
        Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", subject(), false, null,
                null)));
        for (Job job : management.createJobQuery().processInstanceId(filing.processInstanceId()).executable().list()) {
            management.executeJob(job.getId());
        }
        return filing;
    }

    private String reviewTask(Filing filing) {
        return jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
    }

    private List<TaskItem> list(String username, TaskView view, Filing filing) {
        TaskQuery query = new TaskQuery(view, null, null, null, filing.filingNo());
        return signIn.call(username, () -> tasks.search(query, PageRequest.first(20)));
    }
}
