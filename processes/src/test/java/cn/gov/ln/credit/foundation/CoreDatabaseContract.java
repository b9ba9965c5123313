package cn.gov.ln.credit.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.audit.ChainVerification;
import cn.gov.ln.credit.calendar.WorkingDayCalendar;
import cn.gov.ln.credit.creditfile.CreditFile;
import cn.gov.ln.credit.creditfile.CreditFileService;
import cn.gov.ln.credit.demo.DemoInstallation;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.identifier.CitizenId;
import cn.gov.ln.credit.identifier.IdentifierCheck;
import cn.gov.ln.credit.identifier.Uscc;
import cn.gov.ln.credit.listing.ListQuery;
import cn.gov.ln.credit.listing.ListType;
import cn.gov.ln.credit.listing.ListingService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.IdentifierStatus;
import cn.gov.ln.credit.subject.NewSubject;
import cn.gov.ln.credit.subject.SubjectKind;
import cn.gov.ln.credit.subject.SubjectQuery;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.credit.subject.UsccAllowListService;
import cn.gov.ln.testing.SignIn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The foundation's migrations, mappers and services against a real database. Each database runs the same
 * contract through a subclass ({@code *OnH2IT}, {@code *OnPostgresIT}).
 */
abstract class CoreDatabaseContract {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    SystemRunner system;
    @Autowired
    DivisionService divisions;
    @Autowired
    DepartmentService departments;
    @Autowired
    SubjectService subjects;
    @Autowired
    UsccAllowListService allowList;
    @Autowired
    ListingService listings;
    @Autowired
    CreditFileService creditFiles;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    AuditService audit;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    TransactionTemplate transactions;

    SignIn signIn;

    @BeforeEach
    void signInHelper() {
        signIn = new SignIn(securityManager);
    }

    @Test
    void referenceDataDescribesTheProvince() {
        assertThat(divisions.all()).hasSize(115);
        assertThat(divisions.within("21").stream().filter(d -> d.code().endsWith("00") && !d.code().endsWith("0000")))
                .hasSize(14);
        assertThat(divisions.fullName("210102")).isEqualTo("辽宁省 / 沈阳市 / 和平区");
        List<Department> provincial = departments.all().stream().filter(Department::memberUnit).toList();
        assertThat(provincial).hasSizeGreaterThanOrEqualTo(59).allMatch(d -> d.divisionCode().equals("210000"));
        assertThat(departments.findByCode("211400-MARKET_REGULATION")).get()
                .extracting(Department::name).isEqualTo("葫芦岛市市场监督管理局");
        assertThat(calendar.coveredYears()).contains(2026, 2027);
    }

    @Test
    void demoDataHasValidCodesAndARealisticSpread() {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT kind, uscc, citizen_id FROM credit_subject");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(600);
        LocalDate today = LocalDate.now();
        for (Map<String, Object> row : rows) {
            Object uscc = row.get("uscc") != null ? row.get("uscc") : row.get("USCC");
            Object citizenId = row.get("citizen_id") != null ? row.get("citizen_id") : row.get("CITIZEN_ID");
            if (uscc != null) {
                assertThat(Uscc.check((String) uscc)).as((String) uscc).isEqualTo(IdentifierCheck.VALID);
            } else {
                assertThat(CitizenId.check((String) citizenId, today)).as((String) citizenId)
                        .isEqualTo(IdentifierCheck.VALID);
            }
        }
        Map<String, Long> grades = signIn.call("creditofficer", subjects::countByGrade);
        assertThat(grades.keySet()).contains("A", "B", "C", "D");
        long dishonest = signIn.call("creditofficer", () -> listings.countInForce(ListType.DISHONESTY));
        assertThat(dishonest).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM department WHERE uscc IS NULL", Long.class)).isZero();
    }

    @Test
    void signInChecksThePasswordAndLocksAfterRepeatedFailures() {
        long id = system.call(() -> accounts.create(new NewUser("locktest", "锁定测试", ActorKind.STAFF,
                departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id(), null, null,
                Set.of(Roles.INTAKE_OFFICER), SignIn.DEMO_PASSWORD.toCharArray())));
        assertThat(id).isPositive();
        assertThatThrownBy(() -> signIn.as("nobody")).isInstanceOf(UnknownAccountException.class);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThatThrownBy(() -> login("locktest", "wrong")).isInstanceOf(IncorrectCredentialsException.class);
        }
        assertThatThrownBy(() -> login("locktest", "wrong")).isInstanceOf(LockedAccountException.class);
        assertThatThrownBy(() -> signIn.as("locktest")).as("locked even with the right password")
                .isInstanceOf(LockedAccountException.class);
        system.run(() -> accounts.unlock(id));
        assertThat(signIn.as("locktest").isAuthenticated()).isTrue();
    }

    @Test
    void officersSeeSubjectsOfTheirDivisionButLookUpAnyIdentifier() {
        List<SubjectView> shenyang = signIn.call("intake", () -> subjects.search(SubjectQuery.ALL,
                PageRequest.first(500)));
        assertThat(shenyang).isNotEmpty().allMatch(s -> s.divisionCode().startsWith("2101"));
        long all = signIn.call("creditofficer", () -> subjects.count(SubjectQuery.ALL));
        long inShenyang = signIn.call("intake", () -> subjects.count(SubjectQuery.ALL));
        assertThat(inShenyang).isLessThan(all);

        String dalianUscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE division_code LIKE '2102%' "
                + "AND uscc IS NOT NULL ORDER BY id FETCH FIRST 1 ROWS ONLY", String.class);
        assertThat(signIn.call("intake", () -> creditFiles.fileByIdentifier(dalianUscc))).isPresent();
        long dalianId = jdbc.queryForObject("SELECT id FROM credit_subject WHERE uscc = ?", Long.class, dalianUscc);
        assertThatThrownBy(() -> signIn.call("intake", () -> subjects.get(dalianId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void naturalPersonsAreMaskedUnlessRevealedAndTheRevealIsAudited() {
        List<SubjectView> persons = signIn.call("creditofficer", () -> subjects.search(
                new SubjectQuery(null, SubjectKind.NATURAL_PERSON, null, null), PageRequest.first(20)));
        assertThat(persons).isNotEmpty().allMatch(SubjectView::identifierMasked)
                .allMatch(p -> p.identifier().contains("********"));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'IDENTITY_REVEALED'",
                Long.class);
        String full = signIn.call("creditofficer", () -> subjects.revealIdentifier(persons.get(0).id()));
        assertThat(CitizenId.check(full, LocalDate.now())).isEqualTo(IdentifierCheck.VALID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'IDENTITY_REVEALED'",
                Long.class)).isEqualTo(before + 1);
        assertThatThrownBy(() -> signIn.call("approver", () -> subjects.revealIdentifier(persons.get(0).id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFailedUsccCheckIsRefusedUntilTheCodeIsAllowListed() {
        String good = Uscc.check("91210102MA0U9XKL2B") == IdentifierCheck.VALID ? "91210102MA0U9XKL2B" : null;
        String first17 = "91210102MA0U9XKL2";
        char right = Uscc.checkCharacter(first17);
        String bad = first17 + (right == 'A' ? 'B' : 'A');
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject", Long.class);
        NewSubject request = new NewSubject(SubjectKind.LEGAL_PERSON, "沈阳早期登记机械厂", bad, "李四", "210102",
                LocalDate.of(1998, 6, 1));

        assertThatThrownBy(() -> signIn.call("intake", () -> subjects.register(request)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("identifier",
                                "validation.uscc.WRONG_CHECK_CHARACTER")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject", Long.class)).isEqualTo(before);

        assertThatThrownBy(() -> signIn.run("intake", () -> allowList.add(bad, "1998年登记的早期代码")))
                .isInstanceOf(AccessDeniedException.class);
        signIn.run("sysadmin", () -> allowList.add(bad, "1998年登记的早期代码，经市场监管部门核实"));
        long id = signIn.call("intake", () -> subjects.register(request));
        assertThat(signIn.call("intake", () -> subjects.get(id)).identifierStatus())
                .isEqualTo(IdentifierStatus.ALLOW_LISTED);
        assertThat(good == null || Uscc.check(good) == IdentifierCheck.VALID).isTrue();
    }

    @Test
    void registrationNamesEveryBadFieldAndStoresNothing() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject", Long.class);
        NewSubject request = new NewSubject(SubjectKind.NATURAL_PERSON, " ", "11010519491231002x", null, "999999",
                LocalDate.now().plusDays(3));
        assertThatThrownBy(() -> signIn.call("creditofficer", () -> subjects.register(request)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("name", "identifier", "divisionCode", "registeredOn"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM credit_subject", Long.class)).isEqualTo(before);
        assertThatThrownBy(() -> signIn.call("applicant", () -> subjects.register(request)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerCannotRegisterOutsideTheirDivision() {
        NewSubject inDalian = new NewSubject(SubjectKind.LEGAL_PERSON, "大连测试有限公司",
                "91210202" + "MA0T1234" + "5" + Uscc.checkCharacter("91210202MA0T12345"), null, "210202", null);
        assertThatThrownBy(() -> signIn.call("intake", () -> subjects.register(inDalian)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("divisionCode"));
    }

    @Test
    void applicantsSeeTheirOwnCreditFileOnly() {
        CreditFile own = signIn.call("applicant", creditFiles::ownFile);
        assertThat(own.subject().identifier()).isEqualTo(DemoInstallation.APPLICANT_USCC);
        assertThat(own.grades()).isNotEmpty();
        assertThatThrownBy(() -> signIn.call("applicant", () -> subjects.search(SubjectQuery.ALL,
                PageRequest.first(10)))).isInstanceOf(AccessDeniedException.class);
        CreditFile citizen = signIn.call("citizen", creditFiles::ownFile);
        assertThat(citizen.grades()).isEmpty();
        assertThat(citizen.subject().identifier()).doesNotContain(DemoInstallation.CITIZEN_ID.substring(6, 14));
    }

    @Test
    void listsAreScopedAndSearchable() {
        var page = signIn.call("intake", () -> listings.search(new ListQuery(ListType.DISHONESTY, true, null),
                PageRequest.first(50)));
        assertThat(page).allMatch(v -> v.entry().divisionCode().startsWith("2101"))
                .allMatch(v -> v.entry().listType() == ListType.DISHONESTY)
                .allMatch(v -> !v.subjectIdentifier().isEmpty());
        long province = signIn.call("creditofficer", () -> listings.count(new ListQuery(null, false, null)));
        long city = signIn.call("intake", () -> listings.count(new ListQuery(null, false, null)));
        assertThat(province).isGreaterThanOrEqualTo(city).isPositive();
    }

    @Test
    void workingDaysFollowTheHolidaysAndSwappedDaysOf2026() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday worked before Spring Festival")
                .isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).as("Spring Festival Monday").isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 18), 1)).as("Sunday 20 September is worked")
                .isEqualTo(LocalDate.of(2026, 9, 20));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 28))).isEqualTo(6);
    }

    @Test
    void theAuditChainDetectsAChangedEntry() {
        signIn.run("sysadmin", () -> assertThat(audit.verifyChain().intact()).isTrue());
        long target = jdbc.queryForObject("SELECT MIN(id) FROM audit_event WHERE action = 'USER_CREATED'",
                Long.class);
        String original = jdbc.queryForObject("SELECT detail FROM audit_event WHERE id = ?", String.class, target);
        try {
            jdbc.update("UPDATE audit_event SET detail = ? WHERE id = ?", original + " ", target);
            ChainVerification result = signIn.call("sysadmin", audit::verifyChain);
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(target);
        } finally {
            jdbc.update("UPDATE audit_event SET detail = ? WHERE id = ?", original, target);
        }
        signIn.run("sysadmin", () -> assertThat(audit.verifyChain().intact()).isTrue());
        assertThatThrownBy(() -> signIn.call("intake", audit::verifyChain)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void auditEntriesJoinTheChainWhenTheirTransactionCommitsAndOnlyThen() throws Exception {
        long before = lastAuditId();
        transactions.executeWithoutResult(status -> {
            audit.record(entry("CONTRACT_OUTER_1"));
            audit.record(entry("CONTRACT_OUTER_2"));
            assertThat(lastAuditId()).as("nothing before the commit").isEqualTo(before);
            audit.recordIndependently(entry("CONTRACT_INNER"));
        });
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE id > ? ORDER BY id", String.class, before))
                .as("the inner transaction committed first; the outer's entries follow in the order recorded")
                .containsExactly("CONTRACT_INNER", "CONTRACT_OUTER_1", "CONTRACT_OUTER_2");

        long committed = lastAuditId();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            audit.record(entry("CONTRACT_ROLLED_BACK"));
            throw new IllegalStateException("the action failed");
        })).hasMessage("the action failed");
        assertThat(lastAuditId()).isEqualTo(committed);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> {
                    for (int t = 0; t < 25; t++) {
                        transactions.executeWithoutResult(status -> {
                            audit.record(entry("CONTRACT_CONCURRENT"));
                            audit.record(entry("CONTRACT_CONCURRENT"));
                        });
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(lastAuditId()).isEqualTo(committed + 200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id > ?", Long.class, committed))
                .as("no gaps, no duplicates").isEqualTo(200);
        signIn.run("sysadmin", () -> assertThat(audit.verifyChain().intact()).isTrue());
    }

    private long lastAuditId() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_event", Long.class);
    }

    private static AuditEntry entry(String action) {
        return new AuditEntry("contract", null, null, action, "test", null, null, null);
    }

    private void login(String username, String password) {
        new org.apache.shiro.subject.Subject.Builder(securityManager).sessionCreationEnabled(false).buildSubject()
                .login(new org.apache.shiro.authc.UsernamePasswordToken(username, password));
    }
}
