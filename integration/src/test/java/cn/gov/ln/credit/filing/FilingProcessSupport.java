package cn.gov.ln.credit.filing;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.creditcheck.CreditCheckService;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.Pledge;
import cn.gov.ln.credit.pledge.PledgeFulfilment;
import cn.gov.ln.credit.pledge.PledgeQueries;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.task.FilingTaskService;
import cn.gov.ln.testing.Jobs;
import cn.gov.ln.testing.Materials;
import cn.gov.ln.testing.SignIn;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the filing process tests share: the real engine and services over the demo data, sign-in as the demo
 * officers of 沈阳市市场监督管理局, subjects picked from the data by their credit record, and running the jobs the
 * job executor would run (it is off in tests so each step is taken on purpose).
 */
abstract class FilingProcessSupport {

    static final String FOOD = "LN-SCJG-001";
    static final String HIGH_RISK = "LN-SCJG-002";
    private static final Set<String> USED = new HashSet<>();
    private static final AtomicInteger APPLICANTS = new AtomicInteger();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService engineTasks;
    @Autowired
    FilingService filings;
    @Autowired
    FilingQueries queries;
    @Autowired
    FilingTaskService tasks;
    @Autowired
    CreditCheckService creditChecks;
    @Autowired
    PledgeService pledges;
    @Autowired
    PledgeQueries pledgeQueries;
    @Autowired
    PledgeFulfilment fulfilment;
    @Autowired
    DeterminationService determinations;
    @Autowired
    BreachQueries breachQueries;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    cn.gov.ln.credit.matter.MatterService matters;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;

    SignIn signIn;

    @BeforeEach
    void engineAssertions() {
        AbstractAssertions.init(engine);
        signIn = new SignIn(securityManager);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    /** A USCC no other test used, of a subject whose record matches the SQL condition on {@code s}. */
    String subject(String condition) {
        synchronized (USED) {
            List<String> found = jdbc.queryForList("SELECT s.uscc FROM credit_subject s WHERE s.uscc IS NOT NULL AND "
                    + condition + " ORDER BY s.id", String.class);
            String uscc = found.stream().filter(USED::add).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no unused subject where " + condition));
            return uscc;
        }
    }

    static String graded(String grade) {
        return "s.current_grade = '" + grade + "' AND " + CLEAN;
    }

    static final String CLEAN = "NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE')"
            + " AND NOT EXISTS (SELECT 1 FROM pledge p WHERE p.subject_id = s.id AND p.fulfillment_status IS NOT NULL)";

    static final String DISHONEST = "EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND "
            + "e.status = 'ACTIVE' AND e.list_type = 'DISHONESTY' AND (e.expires_on IS NULL OR e.expires_on > CURRENT_DATE))";

    static final String RED_ONLY = "EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id AND e.status = 'ACTIVE'"
            + " AND e.list_type = 'RED' AND (e.expires_on IS NULL OR e.expires_on > CURRENT_DATE)) AND NOT " + DISHONEST;

    Filing fileAtWindow(String uscc) {
        return signIn.call("intake", () -> filings.file(new NewFiling(FOOD, uscc, false, null, null)));
    }

    /** An applicant account for a fresh subject of Shenyang (so the demo officers handle its filings). */
    String newApplicant(String grade) {
        String uscc = subject("s.division_code LIKE '2101%' AND " + graded(grade));
        long subjectId = jdbc.queryForObject("SELECT id FROM credit_subject WHERE uscc = ?", Long.class, uscc);
        String username = "applicant" + APPLICANTS.incrementAndGet() + "x" + ProcessHandle.current().pid() % 1000;
        signIn.run("sysadmin", () -> accounts.create(new NewUser(username, "申请人" + username, ActorKind.APPLICANT,
                null, null, subjectId, Set.of(Roles.APPLICANT), SignIn.DEMO_PASSWORD.toCharArray())));
        return username;
    }

    /** The applicant signs the food-business pledge to the department that will handle their filing. */
    Pledge signFoodPledge(String applicant) {
        return signIn.call(applicant, () -> {
            long department = filings.handlingDepartment(FOOD).id();
            Pledge draft = pledges.draft(new NewPledge("FOOD-BUSINESS-IN-LIEU", null, "申请食品经营许可",
                    Map.of("businessAddress", "沈阳市和平区南京北街 1 号", "businessItems", "预包装食品销售",
                            "floorArea", 120, "safetyManager", "李敏", "contactPhone", "13800000000"),
                    Publicity.PUBLIC, department, null));
            return pledges.signWithPassword(draft.draftRef(), SignIn.DEMO_PASSWORD.toCharArray());
        });
    }

    Filing fileInLieu(String applicant, Pledge pledge) {
        return signIn.call(applicant, () -> filings.file(new NewFiling(FOOD, null, true, pledge.recordCode(), null),
                Materials.required(matters, FOOD, true)));
    }

    Pledge pledge(String code) {
        return signIn.call("intake", () -> pledgeQueries.get(code).pledge());
    }

    ProcessInstance instance(Filing filing) {
        return runtime.createProcessInstanceQuery().processInstanceId(filing.processInstanceId()).singleResult();
    }

    ProcessInstance verificationOf(Filing filing) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(FilingSteps.VERIFICATION_PROCESS)
                .processInstanceBusinessKey(filing.filingNo()).singleResult();
    }

    /** Runs the jobs of the instance that are due now (async continuations), as the job executor would. */
    void runJobs(ProcessInstance instance) {
        Jobs.runDue(management, instance.getId());
    }

    Job timer(ProcessInstance instance, String activityId) {
        return Jobs.timer(management, instance.getId(), activityId);
    }

    String taskId(ProcessInstance instance, String taskKey) {
        return engineTasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    void complete(String username, ProcessInstance instance, String taskKey, Map<String, ?> values) {
        String id = taskId(instance, taskKey);
        signIn.run(username, () -> tasks.complete(id, values));
    }

    Filing reload(Filing filing) {
        return signIn.call("intake", () -> queries.get(filing.id()));
    }

    List<String> events(Filing filing) {
        return jdbc.queryForList("SELECT event_type FROM filing_event WHERE filing_id = ? ORDER BY id", String.class,
                filing.id());
    }

    /** Takes a filing from intake to an approval: checks, review accepted, re-check, decision. */
    Filing approve(Filing filing) {
        ProcessInstance instance = instance(filing);
        runJobs(instance);
        complete("intake", instance, "Task_ReviewFiling", Map.of("reviewDecision", "ACCEPT"));
        runJobs(instance);
        complete("approver", instance, "Task_DecideFiling", Map.of("decision", "APPROVE"));
        return reload(filing);
    }
}
