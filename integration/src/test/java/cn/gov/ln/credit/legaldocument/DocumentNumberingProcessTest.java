package cn.gov.ln.credit.legaldocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Papers are numbered per department, year and series without gaps or repeats: under concurrent issue, and when
 * an issuing transaction rolls back, its number is given to the next paper. Patterns are set per department.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class DocumentNumberingProcessTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    static final Pattern SEQUENCE = Pattern.compile("〔" + YEAR + "〕(\\d+)号$");

    @Autowired
    LegalDocuments documents;
    @Autowired
    NumberingPatterns patterns;
    @Autowired
    DepartmentService departments;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    SystemRunner system;
    SignIn signIn;
    long department;
    long subject;

    @BeforeEach
    void setUp() {
        system = new SystemRunner(securityManager);
        signIn = new SignIn(securityManager);
        department = departments.findByCode("210000-DEVELOPMENT_REFORM").orElseThrow().id();
        subject = jdbc.queryForObject("SELECT MIN(id) FROM credit_subject WHERE uscc IS NOT NULL", Long.class);
    }

    @Test
    void concurrentPapersTakeConsecutiveNumbersAndARolledBackOneGivesItsNumberBack() throws Exception {
        int before = last();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> issued = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                Callable<String> one = () -> system.call(() -> issue().number());
                issued.add(pool.submit(one));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<String> number : issued) {
                numbers.add(sequence(number.get()));
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(30)
                    .allSatisfy(n -> assertThat(n).isBetween(before + 1, before + 30));
        } finally {
            pool.shutdownNow();
        }

        String rolledBack = system.call(() -> transactions.execute(status -> {
            String number = issue().number();
            status.setRollbackOnly();
            return number;
        }));
        String next = system.call(() -> issue().number());
        assertThat(next).isEqualTo(rolledBack);
        assertThat(sequence(next)).isEqualTo(before + 31);
    }

    @Test
    void aDepartmentsPatternForTheYearWinsOverItsStandingOneAndABadPatternIsRefused() {
        long city = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        signIn.run("sysadmin", () -> patterns.set(city, YEAR + 1, "沈市监{series}字（{year}）第{seq}号"));
        assertThat(signIn.call("sysadmin", () -> patterns.patternOf(city, YEAR + 1)))
                .isEqualTo("沈市监{series}字（{year}）第{seq}号");
        assertThat(signIn.call("sysadmin", () -> patterns.patternOf(city, YEAR)))
                .isEqualTo("辽沈市监{series}〔{year}〕{seq}号");

        for (String bad : List.of("辽沈市监〔{year}〕{seq}号", "辽沈市监{series}〔{year}〕号", "辽沈{series}{seq}号",
                "辽沈{series}{seq}{month}号", "辽沈\u202E{series}{year}{seq}")) {
            assertThatThrownBy(() -> signIn.run("sysadmin", () -> patterns.set(city, 0, bad))).as(bad)
                    .isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> signIn.run("intake", () -> patterns.set(city, 0, "{series}{year}{seq}")))
                .isInstanceOf(cn.gov.ln.credit.shared.AccessDeniedException.class);
    }

    private LegalDocument issue() {
        return documents.issue(new DocumentDraft(LegalDocumentType.CREDIT_REPORT, subject, "TEST",
                UUID.randomUUID().toString(), department, subject, "测试主体", false, reportFields()));
    }

    private int last() {
        List<Integer> values = jdbc.queryForList("SELECT last_value FROM document_counter WHERE department_id = ? "
                + "AND doc_year = ? AND series = ?", Integer.class, department, YEAR,
                LegalDocumentType.CREDIT_REPORT.series());
        return values.isEmpty() ? 0 : values.get(0);
    }

    private static int sequence(String number) {
        Matcher m = SEQUENCE.matcher(number);
        assertThat(m.find()).as(number).isTrue();
        return Integer.parseInt(m.group(1));
    }

    static Map<String, String> reportFields() {
        return Map.ofEntries(Map.entry("sources", "本平台"), Map.entry("subjectName", "测试主体"),
                Map.entry("identifierLabel", "统一社会信用代码"), Map.entry("identifier", "91210100TEST"),
                Map.entry("category", "法人"), Map.entry("grade", "A"), Map.entry("gradeDate", "2026年1月1日"),
                Map.entry("listEntries", "无"), Map.entry("breaches", "无"), Map.entry("pledges", "无"),
                Map.entry("repairs", "无"), Map.entry("requestedBy", "测试"), Map.entry("purpose", "测试"));
    }
}
