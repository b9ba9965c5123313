package cn.gov.ln.credit.lifecycle;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachQueries;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.listing.ListEntry;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.notification.Notification;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.objection.ObjectionHandling;
import cn.gov.ln.credit.objection.ObjectionService;
import cn.gov.ln.credit.penalty.DepartmentResponses;
import cn.gov.ln.credit.penalty.PenaltyAction;
import cn.gov.ln.credit.penalty.PenaltyCase;
import cn.gov.ln.credit.penalty.PenaltyCaseQueries;
import cn.gov.ln.credit.penalty.PenaltyService;
import cn.gov.ln.credit.repair.RepairService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.testing.Jobs;
import cn.gov.ln.testing.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
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
 * What the credit lifecycle process tests share: the real engine and services over the demo data; the demo credit
 * officer (provincial, 省发展改革委) determines breaches of fresh Shenyang subjects that have their own applicant
 * account; liaison accounts for the departments a case reaches; the job executor is off, so each job and timer is
 * run on purpose, with the engine's clock moved where a period must pass.
 */
abstract class LifecycleSupport {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String OFFICER = "creditofficer";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final Set<Long> USED = new java.util.HashSet<>();

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService engineTasks;
    @Autowired
    BreachService breaches;
    @Autowired
    DeterminationService determinations;
    @Autowired
    BreachQueries breachQueries;
    @Autowired
    PenaltyService penalties;
    @Autowired
    DepartmentResponses responses;
    @Autowired
    PenaltyCaseQueries cases;
    @Autowired
    ObjectionService objections;
    @Autowired
    ObjectionHandling objectionHandling;
    @Autowired
    RepairService repairs;
    @Autowired
    ListingService listings;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    SignIn signIn;

    /**
     * How the department numbers its papers of the series this year, its sequence as group 1: its own standing
     * pattern (the demo sets some) or the default of {@code {department}{series}〔{year}〕{seq}号}.
     */
    java.util.regex.Pattern numbers(long departmentId, String series) {
        java.util.List<String> own = jdbc.queryForList("SELECT pattern FROM document_numbering WHERE department_id = ?"
                + " AND valid_year = 0", String.class, departmentId);
        String pattern = own.isEmpty() ? "{department}{series}〔{year}〕{seq}号" : own.get(0);
        cn.gov.ln.credit.department.Department department = departments.get(departmentId);
        String name = department.shortName() == null ? department.name() : department.shortName();
        String filled = pattern.replace("{department}", name).replace("{series}", series)
                .replace("{year}", Integer.toString(today().getYear()));
        int seq = filled.indexOf("{seq}");
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(filled.substring(0, seq)) + "(\\d+)"
                + java.util.regex.Pattern.quote(filled.substring(seq + "{seq}".length())));
    }

    @BeforeEach
    void engineAssertions() {
        AbstractAssertions.init(engine);
        signIn = new SignIn(securityManager);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    /** A clean Shenyang organisation graded B, with an applicant account of its own. */
    Applicant applicant() {
        Long subjectId;
        synchronized (USED) {
            subjectId = jdbc.queryForList("SELECT s.id FROM credit_subject s WHERE s.kind = 'LEGAL_PERSON' AND "
                    + "s.division_code LIKE '2101%' AND s.current_grade = 'B' "
                    + "AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id) "
                    + "AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.subject_id = s.id) "
                    + "ORDER BY s.id", Long.class).stream().filter(USED::add).findFirst().orElseThrow();
        }
        String username = "subject" + ACCOUNTS.incrementAndGet() + "x" + ProcessHandle.current().pid() % 1000;
        signIn.run("sysadmin", () -> accounts.create(new NewUser(username, "企业" + username, ActorKind.APPLICANT, null,
                null, subjectId, Set.of(Roles.APPLICANT), SignIn.DEMO_PASSWORD.toCharArray())));
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE id = ?", String.class, subjectId);
        return new Applicant(username, subjectId, uscc);
    }

    record Applicant(String username, long subjectId, String uscc) {
    }

    /** The officer enters a breach of the subject and starts its determination on a court judgment. */
    Breach determine(Applicant subject, BreachTier tier, LocalDate basisDate) {
        return signIn.call(OFFICER, () -> {
            Breach breach = breaches.enter(new NewBreach(subject.uscc(), "拒不履行生效判决确定的给付义务"));
            return determinations.startDetermination(breach.id(), new LegalDocument(LegalBasisType.COURT_JUDGMENT,
                    "（2026）辽01执" + breach.id() + "号", "沈阳市中级人民法院", basisDate, tier), judgment());
        });
    }

    static Upload judgment() {
        return new Upload("判决书.pdf", "application/pdf", "%PDF-1.4 判决书".getBytes(StandardCharsets.UTF_8));
    }

    ProcessInstance instance(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    Breach reload(Breach breach) {
        return signIn.call(OFFICER, () -> breachQueries.get(breach.id()));
    }

    /** A breach determined, defence lapsed, listed with the tier, and its penalty job run: the listing. */
    ListEntry listed(Applicant subject, BreachTier tier, LocalDate basisDate) {
        Breach breach = determine(subject, tier, basisDate);
        lapseDefence(breach);
        signIn.run(OFFICER, () -> determinations.decide(breach.id(), new ListingDecision(true, tier, "证据确凿，依法列入")));
        runJobs(breach.processInstanceId());
        return listings.get(reload(breach).listEntryId());
    }

    void lapseDefence(Breach breach) {
        Job timer = timer(breach.processInstanceId(), "Timer_DefencePeriodEnds");
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        management.executeJob(timer.getId());
    }

    /** The listing's case of the action, its notices sent (the process's jobs run); null when none was pushed. */
    PenaltyCase caseOf(ListEntry entry, PenaltyAction action) {
        PenaltyCase penaltyCase = jdbc.query("SELECT id FROM penalty_case WHERE list_entry_id = ? AND action = ?",
                (rs, i) -> rs.getLong(1), entry.id(), action.name()).stream().findFirst()
                .map(id -> signIn.call(OFFICER, () -> cases.detail(id).summary().penaltyCase())).orElse(null);
        if (penaltyCase != null) {
            runJobs(penaltyCase.processInstanceId());
        }
        return penaltyCase;
    }

    void runJobs(String processInstanceId) {
        Jobs.runDue(management, processInstanceId);
    }

    Job timer(String processInstanceId, String activityId) {
        return Jobs.timer(management, processInstanceId, activityId);
    }

    LocalDate day(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDate();
    }

    /** Today by the product's clock, which the tests move. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A liaison account of the department (created once), who acts for it. */
    String liaisonOf(long departmentId) {
        String username = "liaison-" + departmentId;
        if (!accounts.exists(username)) {
            signIn.run("sysadmin", () -> accounts.create(new NewUser(username, "联络员" + departmentId,
                    ActorKind.STAFF, departmentId, null, null, Set.of(Roles.DEPARTMENT_LIAISON),
                    SignIn.DEMO_PASSWORD.toCharArray())));
        }
        return username;
    }

    /** How many notices of the key the user has about the case or paper numbered {@code number}. */
    long noticesAbout(String username, String messageKey, String number) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE recipient = ? AND message_key = ? "
                + "AND args LIKE ?", Long.class, username, messageKey, "%\"" + number + "\"%");
    }

    List<String> noticesOf(String username) {
        return signIn.call(username, () -> notifications.mine(50)).stream().map(Notification::messageKey).toList();
    }
}
