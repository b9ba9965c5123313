package cn.gov.ln.credit.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Decision;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingDay;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingQuery;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.task.DueFilter;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.credit.task.TaskQuery;
import cn.gov.ln.credit.task.TaskView;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboards' figures, from filings and tasks made through the real services: what an officer holds, the
 * approval office's filings and decisions, the credit office's records; and that each stays in the caller's scope.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardProcessTest {

    private static final String MATTER = "LN-SCJG-001";

    @Autowired
    FilingQueries filingQueries;
    @Autowired
    DashboardService dashboard;
    @Autowired
    FilingService filings;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    ListingService listings;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    ManagementService management;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;

    SignIn signIn;

    @BeforeAll
    void colleagues() {
        signIn = new SignIn(securityManager);
        long marketDalian = departments.findByCode("210200-MARKET_REGULATION").orElseThrow().id();
        long reformDalian = departments.findByCode("210200-DEVELOPMENT_REFORM").orElseThrow().id();
        signIn.run("sysadmin", () -> {
            create("dash.intake.dalian", marketDalian, Roles.INTAKE_OFFICER);
            create("dash.credit.dalian", reformDalian, Roles.CREDIT_OFFICER);
        });
    }

    @Test
    void anOfficersFiguresCountTheTasksTheyHoldByDueDateAndThoseDoneThisWeek() {
        OfficerFigures before = signIn.call("intake", () -> dashboard.officer());
        String overdue = claimedReview(filedAndChecked("B"));
        String soon = claimedReview(filedAndChecked("B"));
        String later = claimedReview(filedAndChecked("B"));
        Instant now = Instant.now();
        setDue(overdue, now.minus(Duration.ofHours(1)));
        setDue(soon, now.plus(Duration.ofMinutes(30)));
        setDue(later, now.plus(Duration.ofDays(60)));

        OfficerFigures after = signIn.call("intake", () -> dashboard.officer());
        assertThat(after.openTasks()).isEqualTo(before.openTasks() + 3);
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.dueSoon()).as("due within the working days, not past due").isEqualTo(before.dueSoon() + 1);
        assertThat(after.openTasks()).as("the count of the list behind it")
                .isEqualTo(signIn.call("intake", () -> tasks.count(TaskQuery.of(TaskView.MINE))));
        assertThat(after.dueSoon()).isEqualTo(signIn.call("intake", () -> tasks.count(new TaskQuery(TaskView.MINE,
                null, null, DueFilter.SOON, null))));

        signIn.run("intake", () -> tasks.complete(later, Map.of("reviewDecision", "ACCEPT")));
        OfficerFigures done = signIn.call("intake", () -> dashboard.officer());
        assertThat(done.doneThisWeek()).isEqualTo(after.doneThisWeek() + 1);
        assertThat(done.openTasks()).isEqualTo(after.openTasks() - 1);

        assertThat(signIn.call("dash.intake.dalian", () -> dashboard.officer()))
                .as("another city's officer holds none of them").isEqualTo(new OfficerFigures(0, 0, 0, 0));
        assertThatThrownBy(() -> signIn.run("creditofficer", () -> dashboard.officer()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApprovalOfficeCountsItsDepartmentsFilingsByDayAndRouteAndItsDecisions() {
        ApprovalFigures before = signIn.call("approver", () -> dashboard.approval());
        ApprovalFigures dalianBefore = signIn.call("dash.intake.dalian", () -> dashboard.approval());
        Filing filing = filedAndChecked("A");
        FilingRoute route = FilingRoute.valueOf(jdbc.queryForObject("SELECT route FROM filing WHERE id = ?",
                String.class, filing.id()));
        signIn.run("intake", () -> tasks.complete(claimedReview(filing), Map.of("reviewDecision", "ACCEPT")));
        runJobs(filing);
        String decide = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
        signIn.run("approver", () -> tasks.complete(decide, Map.of("decision", "APPROVE", "reason", "材料齐全")));

        ApprovalFigures after = signIn.call("approver", () -> dashboard.approval());
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(after.to()).isEqualTo(today);
        assertThat(after.from()).isEqualTo(today.minusDays(DashboardService.PERIOD_DAYS - 1));
        assertThat(count(after, today, route)).isEqualTo(count(before, today, route) + 1);
        assertThat(after.approvals()).isEqualTo(before.approvals() + 1);
        assertThat(after.approvalsInLieu()).as("approved on its certificates").isEqualTo(before.approvalsInLieu());
        FilingQuery approved = new FilingQuery(null, null, null, null, after.from(), after.to(), null,
                Decision.APPROVE, FilingDay.DECIDED);
        assertThat(signIn.call("approver", () -> filingQueries.count(approved))).as("the figure is its list's count")
                .isEqualTo(after.approvals());
        FilingQuery onPledge = new FilingQuery(null, null, null, null, after.from(), after.to(), true,
                Decision.APPROVE, FilingDay.DECIDED);
        assertThat(signIn.call("approver", () -> filingQueries.count(onPledge))).isEqualTo(after.approvalsInLieu());
        assertThat(after.daysToDecision()).filteredOn(m -> m.matterCode().equals(MATTER)).singleElement()
                .satisfies(m -> {
                    assertThat(m.matterName()).isNotEqualTo(MATTER);
                    assertThat(m.averageWorkingDays()).isGreaterThanOrEqualTo(0);
                    assertThat(m.decisions()).isPositive();
                });

        ApprovalFigures dalian = signIn.call("dash.intake.dalian", () -> dashboard.approval());
        assertThat(total(dalian)).as("another city's bureau sees none of it").isEqualTo(total(dalianBefore));
        assertThat(dalian.approvals()).isEqualTo(dalianBefore.approvals());
        assertThatThrownBy(() -> signIn.run("liaison", () -> dashboard.approval()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCreditOfficeSeesItsDivisionsRecordsAsFarAsItMayReadThem() {
        CreditFigures province = signIn.call("creditofficer", () -> dashboard.credit());
        for (ListType type : ListType.values()) {
            assertThat(province.entriesOf(type)).as("as the list counts %s", type)
                    .isEqualTo(signIn.call("creditofficer", () -> listings.countInForce(type)));
        }
        assertThat(province.entriesOf(ListType.DISHONESTY)).as("the demo data lists subjects").isPositive();
        long parts = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response", Long.class);
        long reported = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response WHERE status = 'REPORTED'",
                Long.class);
        assertThat(province.feedback().stream().mapToLong(DepartmentFeedback::parts).sum()).isEqualTo(parts);
        assertThat(province.feedback().stream().mapToLong(DepartmentFeedback::reported).sum()).isEqualTo(reported);
        assertThat(province.objections()).isNotNull();
        assertThat(province.repairs()).isNotNull();

        CreditFigures dalian = signIn.call("dash.credit.dalian", () -> dashboard.credit());
        long dalianEntries = jdbc.queryForObject("SELECT COUNT(*) FROM list_entry WHERE division_code LIKE '2102%' "
                + "AND status = 'ACTIVE' AND (expires_on IS NULL OR expires_on >= CURRENT_DATE)", Long.class);
        assertThat(dalian.entriesOf(ListType.DISHONESTY) + dalian.entriesOf(ListType.RED))
                .as("only the city's entries").isEqualTo(dalianEntries)
                .isLessThan(province.entriesOf(ListType.DISHONESTY) + province.entriesOf(ListType.RED));
        long dalianParts = jdbc.queryForObject("SELECT COUNT(*) FROM penalty_response r JOIN penalty_case c "
                + "ON c.id = r.case_id WHERE c.division_code LIKE '2102%'", Long.class);
        assertThat(dalian.feedback().stream().mapToLong(DepartmentFeedback::parts).sum()).isEqualTo(dalianParts);

        CreditFigures intake = signIn.call("intake", () -> dashboard.credit());
        assertThat(intake.entries()).as("intake may read the lists").isNotNull();
        assertThat(intake.feedback()).as("but not the penalty cases").isNull();
        assertThat(intake.objections()).isNull();
        assertThat(intake.repairs()).isNull();
    }

    private long count(ApprovalFigures figures, LocalDate day, FilingRoute route) {
        return figures.filingsPerDay().stream().filter(d -> d.day().equals(day) && d.route() == route)
                .mapToLong(DayRouteCount::count).sum();
    }

    private long total(ApprovalFigures figures) {
        return figures.filingsPerDay().stream().mapToLong(DayRouteCount::count).sum();
    }

    private void create(String username, long department, String role) {
        accounts.create(new NewUser(username, username, ActorKind.STAFF, department, null, null, Set.of(role),
                SignIn.DEMO_PASSWORD.toCharArray()));
    }

    private Filing filedAndChecked(String grade) {
        String uscc = jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND current_grade = ?"
                + " AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE') "
                + "ORDER BY id DESC", String.class, grade).get((int) (System.nanoTime() % 5));
        Filing filing = signIn.call("intake", () -> filings.file(new NewFiling(MATTER, uscc, false, null, null)));
        runJobs(filing);
        return filing;
    }

    private String claimedReview(Filing filing) {
        String taskId = jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
        signIn.run("intake", () -> tasks.claim(taskId));
        return taskId;
    }

    private void setDue(String taskId, Instant due) {
        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?", Timestamp.from(due), taskId);
    }

    private void runJobs(Filing filing) {
        for (Job job : management.createJobQuery().processInstanceId(filing.processInstanceId()).executable().list()) {
            management.executeJob(job.getId());
        }
    }
}
