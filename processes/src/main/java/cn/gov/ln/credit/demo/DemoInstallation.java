package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.subject.SubjectKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo installation: one account per role, two applicant subjects, generated USCCs for the departments,
 * ten thousand generated subjects, signed pledges and filings waiting for the officers. Runs once; a marker row
 * makes a second start (or a second node) skip it.
 */
@Component
public class DemoInstallation {

    public static final String PASSWORD = "Demo@2026";
    public static final String APPLICANT_USCC = DemoIdentifiers.uscc('9', '1', "210102", 20_160_518L);
    public static final String CITIZEN_ID = DemoIdentifiers.citizenId("210102", LocalDate.of(1990, 3, 7), 123);
    static final String MARKER = "demo.generated-at";

    private static final Logger log = LoggerFactory.getLogger(DemoInstallation.class);

    /** A demo account: who, which role, which department (by code). */
    record DemoAccount(String username, String displayName, String role, String departmentCode) {
    }

    static final List<DemoAccount> STAFF = List.of(
            new DemoAccount("sysadmin", "周海涛", Roles.SYSTEM_ADMIN, "210000-DEVELOPMENT_REFORM"),
            new DemoAccount("procadmin", "刘思远", Roles.PROCESS_ADMIN, "210000-BUSINESS_ENVIRONMENT"),
            new DemoAccount("intake", "陈晓燕", Roles.INTAKE_OFFICER, "210100-MARKET_REGULATION"),
            new DemoAccount("approver", "李志强", Roles.APPROVAL_OFFICER, "210100-MARKET_REGULATION"),
            new DemoAccount("verifier", "赵雪峰", Roles.VERIFICATION_OFFICER, "210100-MARKET_REGULATION"),
            new DemoAccount("creditofficer", "孙丽娟", Roles.CREDIT_OFFICER, "210000-DEVELOPMENT_REFORM"),
            new DemoAccount("liaison", "吴鹏飞", Roles.DEPARTMENT_LIAISON, "210000-TAXATION"),
            new DemoAccount("planner", "周立新", Roles.DEPARTMENT_LIAISON, "210100-MARKET_REGULATION"),
            new DemoAccount("inspector", "高文博", Roles.VERIFICATION_OFFICER, "210100-MARKET_REGULATION"),
            new DemoAccount("api-market", "省市场监管局业务系统", Roles.API_CLIENT, "210000-MARKET_REGULATION"));

    private final JdbcTemplate jdbc;
    private final DemoSubjects subjects;
    private final DemoPledges demoPledges;
    private final DemoFilings demoFilings;
    private final DemoBreaches demoBreaches;
    private final AccountAdministration accounts;
    private final DepartmentService departments;
    private final AuditService audit;
    private final Clock clock;

    DemoInstallation(JdbcTemplate jdbc, DemoSubjects subjects, DemoPledges demoPledges, DemoFilings demoFilings,
            DemoBreaches demoBreaches, AccountAdministration accounts, DepartmentService departments,
            AuditService audit, Clock clock) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.demoPledges = demoPledges;
        this.demoFilings = demoFilings;
        this.demoBreaches = demoBreaches;
        this.accounts = accounts;
        this.departments = departments;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean isInstalled() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_setting WHERE name = ?", Long.class, MARKER) > 0;
    }

    /** Installs the demo in one transaction; the caller runs it as the system actor. */
    @Transactional
    public void install(int subjectCount) {
        try {
            jdbc.update("INSERT INTO app_setting (name, setting_value) VALUES (?, ?)", MARKER,
                    Instant.now(clock).toString());
        } catch (DuplicateKeyException e) {
            log.info("Demo data already installed by another node");
            return;
        }
        long started = System.nanoTime();
        assignDepartmentCodes();
        numberPapers();
        long applicantSubject = subjects.insertFixed(SubjectKind.LEGAL_PERSON, "沈阳辽信科技有限公司", APPLICANT_USCC,
                "王建华", "210102", CreditGrade.A);
        long citizenSubject = subjects.insertFixed(SubjectKind.NATURAL_PERSON, "张明", CITIZEN_ID, null, "210102",
                null);
        DemoSubjects.Report report = subjects.generate(subjectCount, 20_260_401L);
        for (DemoAccount account : STAFF) {
            Department department = departments.findByCode(account.departmentCode()).orElseThrow();
            ActorKind kind = Roles.API_CLIENT.equals(account.role()) ? ActorKind.API_CLIENT : ActorKind.STAFF;
            accounts.create(new NewUser(account.username(), account.displayName(), kind, department.id(), null, null,
                    Set.of(account.role()), PASSWORD.toCharArray()));
        }
        accounts.create(new NewUser("applicant", "沈阳辽信科技有限公司", ActorKind.APPLICANT, null, null,
                applicantSubject, Set.of(Roles.APPLICANT), PASSWORD.toCharArray()));
        accounts.create(new NewUser("citizen", "张明", ActorKind.APPLICANT, null, null, citizenSubject,
                Set.of(Roles.APPLICANT), PASSWORD.toCharArray()));
        demoPledges.installTemplates();
        demoPledges.signSamples(60, 20_260_401L);
        int filed = demoFilings.fileSamples(20);
        int breachCases = demoBreaches.enterSamples();
        audit.record(Actor.SYSTEM, AuditActions.DEMO_DATA_GENERATED, "installation", null, report.toString());
        log.info("Demo data installed in {} ms: {}, {} filings, {} breach cases",
                (System.nanoTime() - started) / 1_000_000, report, filed, breachCases);
    }

    /** The demo departments' own number patterns (机关代字); the others number by the configured default. */
    private void numberPapers() {
        Map.of("210100-MARKET_REGULATION", "辽沈市监{series}〔{year}〕{seq}号",
                "210000-DEVELOPMENT_REFORM", "辽发改{series}〔{year}〕{seq}号",
                "210000-MARKET_REGULATION", "辽市监{series}〔{year}〕{seq}号").forEach((code, pattern) ->
                jdbc.update("INSERT INTO document_numbering (department_id, valid_year, pattern) VALUES (?, 0, ?)",
                        departments.findByCode(code).orElseThrow().id(), pattern));
    }

    private void assignDepartmentCodes() {
        for (Department department : departments.all()) {
            if (department.uscc() == null) {
                String uscc = DemoIdentifiers.uscc('1', '1', department.divisionCode(), 3_000_000L + department.id());
                jdbc.update("UPDATE department SET uscc = ? WHERE id = ?", uscc, department.id());
            }
        }
        departments.refresh();
    }
}
