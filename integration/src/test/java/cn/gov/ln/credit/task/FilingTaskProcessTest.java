package cn.gov.ln.credit.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.filing.Filing;
import cn.gov.ln.credit.filing.FilingQueries;
import cn.gov.ln.credit.filing.FilingRoute;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.filing.NewFiling;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.matter.MatterService;
import cn.gov.ln.testing.Materials;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The officers' task list and the work on it, scoped by department, division and post: who sees which task,
 * claiming, releasing, reassigning by supervisors, the filters, and the applicant's own task.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilingTaskProcessTest {

    @Autowired
    MatterService matters;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    FilingService filings;
    @Autowired
    FilingQueries queries;
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
        long shenyang = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        long dalian = departments.findByCode("210200-MARKET_REGULATION").orElseThrow().id();
        signIn.run("sysadmin", () -> {
            create("intake2", ActorKind.STAFF, shenyang, Roles.INTAKE_OFFICER);
            create("intake.dalian", ActorKind.STAFF, dalian, Roles.INTAKE_OFFICER);
            create("approver.dalian", ActorKind.STAFF, dalian, Roles.APPROVAL_OFFICER);
        });
    }

    @BeforeEach
    void signIn() {
        signIn = new SignIn(securityManager);
    }

    @Test
    void theReviewTaskIsOfferedToTheIntakePostOfTheHandlingDepartmentOnly() {
        Filing filing = filedAndChecked(subject("B"));
        String taskId = reviewTask(filing);

        assertThat(list("intake", TaskView.DEPARTMENT, filing)).extracting(TaskItem::taskKey)
                .containsExactly("Task_ReviewFiling");
        assertThat(list("approver", TaskView.DEPARTMENT, filing)).as("not the approval post's task").isEmpty();
        assertThat(list("approver", TaskView.ALL, filing)).as("a supervisor sees all of the department")
                .hasSize(1);
        assertThat(list("intake.dalian", TaskView.DEPARTMENT, filing)).as("another city's bureau").isEmpty();
        assertThatThrownBy(() -> signIn.run("intake.dalian", () -> tasks.get(taskId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.run("intake.dalian", () -> tasks.claim(taskId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> signIn.run("intake", () -> tasks.search(TaskQuery.of(TaskView.ALL),
                PageRequest.first(10)))).isInstanceOf(AccessDeniedException.class);

        TaskDetail detail = signIn.call("intake", () -> tasks.get(taskId));
        assertThat(detail.form().id()).isEqualTo("Form_FilingReview");
        assertThat(detail.readOnlyValues()).containsEntry("filingNo", filing.filingNo()).containsEntry("grade", "B");
        assertThat(detail.candidateRoles()).containsExactly(Roles.INTAKE_OFFICER);
    }

    @Test
    void aClaimedTaskIsTheHoldersUntilReleasedOrReassignedByASupervisor() {
        Filing filing = filedAndChecked(subject("C"));
        String taskId = reviewTask(filing);

        signIn.run("intake", () -> tasks.claim(taskId));
        assertThat(list("intake", TaskView.MINE, filing)).hasSize(1);
        assertThat(list("intake2", TaskView.DEPARTMENT, filing)).as("no longer unclaimed").isEmpty();
        assertThatThrownBy(() -> signIn.run("intake2", () -> tasks.claim(taskId)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.task.claimedByOther"));
        assertThatThrownBy(() -> signIn.run("intake2", () -> tasks.complete(taskId,
                Map.of("reviewDecision", "ACCEPT")))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.task.notYours"));

        signIn.run("intake", () -> tasks.release(taskId));
        assertThat(list("intake2", TaskView.DEPARTMENT, filing)).hasSize(1);

        assertThatThrownBy(() -> signIn.run("intake", () -> tasks.reassign(taskId, "intake2")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signIn.call("approver", () -> tasks.candidates(taskId)))
                .extracting(AccountService.Colleague::username).contains("intake", "intake2")
                .doesNotContain("intake.dalian", "approver");
        assertThatThrownBy(() -> signIn.run("approver", () -> tasks.reassign(taskId, "intake.dalian")))
                .isInstanceOf(ValidationException.class);
        signIn.run("approver", () -> tasks.reassign(taskId, "intake2"));
        assertThat(list("intake2", TaskView.MINE, filing)).hasSize(1);
        assertThat(assignedNotices("intake2", filing)).as("handed over by the supervisor").isEqualTo(1);
        assertThat(assignedNotices("intake", filing)).as("claimed it themselves").isZero();
        assertThat(assignedNotices("approver", filing)).as("the supervisor who handed it").isZero();
        assertThat(jdbc.queryForList("SELECT event_type FROM filing_event WHERE filing_id = ? ORDER BY id",
                String.class, filing.id())).containsSubsequence("TASK_CLAIMED", "TASK_RELEASED", "TASK_REASSIGNED");

        signIn.run("intake2", () -> tasks.complete(taskId, Map.of("reviewDecision", "ACCEPT")));
        assertThat(list("intake2", TaskView.MINE, filing)).isEmpty();
    }

    @Test
    void theListFiltersByMatterRouteDueDateAndText() {
        Filing green = filedAndChecked(subject("A"));
        Filing normal = filedAndChecked(subject("C"));
        TaskQuery byGreen = new TaskQuery(TaskView.DEPARTMENT, null, FilingRoute.GREEN, null, green.filingNo());
        assertThat(signIn.call("intake", () -> tasks.search(byGreen, PageRequest.first(10))))
                .extracting(TaskItem::filingNo).containsExactly(green.filingNo());
        TaskQuery normalByNumber = new TaskQuery(TaskView.DEPARTMENT, "LN-SCJG-001", FilingRoute.NORMAL, null,
                normal.filingNo());
        assertThat(signIn.call("intake", () -> tasks.count(normalByNumber))).isEqualTo(1);
        assertThat(signIn.call("intake", () -> tasks.count(new TaskQuery(TaskView.DEPARTMENT, "LN-JT-001", null,
                null, normal.filingNo())))).isZero();
        Map<String, Object> greenSubject = jdbc.queryForMap("SELECT s.name, s.uscc FROM credit_subject s "
                + "JOIN filing f ON f.subject_id = s.id WHERE f.id = ?", green.id());
        for (String text : new String[] {((String) greenSubject.get("name")).substring(1),
            ((String) greenSubject.get("uscc")).substring(0, 17)}) {
            TaskQuery bySubject = new TaskQuery(TaskView.DEPARTMENT, null, null, null, text);
            assertThat(signIn.call("intake", () -> tasks.search(bySubject, PageRequest.first(50))))
                    .as("by the subject's %s", text).extracting(TaskItem::filingNo).contains(green.filingNo())
                    .doesNotContain(normal.filingNo());
            assertThat(signIn.call("intake", () -> tasks.count(bySubject))).isPositive();
        }
        TaskQuery noDueDate = new TaskQuery(TaskView.DEPARTMENT, null, null, DueFilter.NONE, normal.filingNo());
        assertThat(signIn.call("intake", () -> tasks.count(noDueDate))).as("every review has a due date").isZero();

        jdbc.update("UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE ID_ = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), reviewTask(normal));
        TaskQuery overdue = new TaskQuery(TaskView.DEPARTMENT, null, null, DueFilter.OVERDUE, null);
        assertThat(signIn.call("intake", () -> tasks.search(overdue, PageRequest.first(50))))
                .extracting(TaskItem::filingNo).contains(normal.filingNo()).doesNotContain(green.filingNo());
        List<TaskItem> page = signIn.call("intake", () -> tasks.search(TaskQuery.of(TaskView.DEPARTMENT),
                PageRequest.first(50)));
        // Other tests of this context leave tasks of their own, some overdue: the order is checked, not the first row.
        assertThat(page).extracting(TaskItem::dueAt).as("the most urgent first")
                .isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        List<String> numbers = page.stream().map(TaskItem::filingNo).toList();
        assertThat(numbers).contains(normal.filingNo());
        if (numbers.contains(green.filingNo())) {
            assertThat(numbers.indexOf(normal.filingNo())).isLessThan(numbers.indexOf(green.filingNo()));
        }
    }

    @Test
    void anApplicantSeesAndCompletesOnlyTheTaskAssignedToThem() {
        Filing filing = signIn.call("applicant", () -> filings.file(new NewFiling("LN-SCJG-003", null, false, null,
                null), Materials.required(matters, "LN-SCJG-003", false)));
        runJobs(filing);
        String review = reviewTask(filing);
        signIn.run("intake", () -> tasks.complete(review, Map.of("reviewDecision", "REQUEST_PAPERS",
                "missingPapers", "产品检验合格报告")));
        List<TaskItem> own = signIn.call("applicant", () -> tasks.ofFiling(filing.filingNo()));
        assertThat(own).extracting(TaskItem::taskKey).containsExactly("Task_SupplyPapers");
        assertThat(signIn.call("citizen", () -> tasks.ofFiling(filing.filingNo()))).isEmpty();
        assertThatThrownBy(() -> signIn.run("citizen", () -> tasks.get(own.get(0).taskId())))
                .isInstanceOf(NotFoundException.class);

        cn.gov.ln.credit.forms.FormFile report = new cn.gov.ln.credit.forms.FormFile("检验报告.pdf",
                "application/pdf", "%PDF-1.4".getBytes());
        signIn.run("applicant", () -> tasks.complete(own.get(0).taskId(), Map.of("papers", List.of(report))));
        // the three attached while filing, and the one supplied now
        assertThat(signIn.call("intake", () -> queries.view(filing.id())).documents()).hasSize(4)
                .extracting(cn.gov.ln.credit.filing.FilingDocument::fileName).contains("检验报告.pdf");
    }

    private void create(String username, ActorKind kind, long department, String role) {
        accounts.create(new NewUser(username, username, kind, department, null, null, Set.of(role),
                SignIn.DEMO_PASSWORD.toCharArray()));
    }

    private String subject(String grade) {
        return jdbc.queryForList("SELECT uscc FROM credit_subject s WHERE uscc IS NOT NULL AND current_grade = ? AND "
                + "NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE') "
                + "ORDER BY id DESC", String.class, grade).get((int) (System.nanoTime() % 5));
    }

    private Filing filedAndChecked(String uscc) {
        Filing filing = signIn.call("intake", () -> filings.file(new NewFiling("LN-SCJG-001", uscc, false, null,
                null)));
        runJobs(filing);
        return filing;
    }

    private void runJobs(Filing filing) {
        for (Job job : management.createJobQuery().processInstanceId(filing.processInstanceId()).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private String reviewTask(Filing filing) {
        return jdbc.queryForObject("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", String.class,
                filing.processInstanceId());
    }

    private List<TaskItem> list(String username, TaskView view, Filing filing) {
        TaskQuery query = new TaskQuery(view, null, null, null, filing.filingNo());
        return signIn.call(username, () -> tasks.search(query, PageRequest.first(20)));
    }

    private long assignedNotices(String username, Filing filing) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND message_key = "
                + "'notice.task.assigned' AND args LIKE ?", Long.class, username, "%\"" + filing.filingNo() + "\"%");
    }
}
