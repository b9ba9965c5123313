package cn.gov.ln.credit.demo;

import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.ListingDecision;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Breach cases for the demo, entered by the demo credit officer: one waiting for its determination, one whose
 * advance notice waits for the demo applicant's statement, and one listed on a court judgment whose statement
 * period is taken as lapsed, so its joint penalty case reaches the departments (the demo liaison's among them).
 */
@Component
class DemoBreaches {

    private final BreachService breaches;
    private final DeterminationService determinations;
    private final ManagementService management;
    private final SecurityManager securityManager;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoBreaches(BreachService breaches, DeterminationService determinations, ManagementService management,
            SecurityManager securityManager, JdbcTemplate jdbc, Clock clock) {
        this.breaches = breaches;
        this.determinations = determinations;
        this.management = management;
        this.securityManager = securityManager;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int enterSamples() {
        List<String> clean = jdbc.queryForList("SELECT s.uscc FROM credit_subject s WHERE s.division_code LIKE '2101%'"
                + " AND s.kind = 'LEGAL_PERSON' AND s.current_grade = 'B' AND s.uscc <> ? AND NOT EXISTS (SELECT 1 FROM"
                + " list_entry e WHERE e.subject_id = s.id) ORDER BY s.id DESC FETCH FIRST 2 ROWS ONLY", String.class,
                DemoInstallation.APPLICANT_USCC);
        Subject officer = DemoPledges.signedIn(securityManager, "creditofficer");
        LocalDate today = LocalDate.now(clock);
        officer.execute(() -> breaches.enter(new NewBreach(clean.get(0),
                "未按期履行行政处罚决定确定的罚款缴纳义务，经催告仍不履行")));
        officer.execute(() -> {
            Breach breach = breaches.enter(new NewBreach(DemoInstallation.APPLICANT_USCC,
                    "在食品经营许可告知承诺中承诺的经营面积与实际不符，经责令整改逾期未改正"));
            return determinations.startDetermination(breach.id(), new LegalDocument(
                    LegalBasisType.ADMINISTRATIVE_PENALTY, "沈市监罚〔2026〕318号", "沈阳市市场监督管理局",
                    today.minusDays(20), BreachTier.GENERAL), pdf("行政处罚决定书"));
        });
        officer.execute(() -> {
            Breach breach = breaches.enter(new NewBreach(clean.get(1), "拒不履行生效判决确定的给付义务，情节严重"));
            Breach started = determinations.startDetermination(breach.id(), new LegalDocument(
                    LegalBasisType.COURT_JUDGMENT, "（2026）辽01执字第1207号", "沈阳市中级人民法院",
                    today.minusDays(40), BreachTier.SERIOUS), pdf("执行裁定书"));
            Job lapse = management.createJobQuery().processInstanceId(started.processInstanceId())
                    .activityId("Timer_DefencePeriodEnds").singleResult();
            management.executeJob(lapse.getId());
            return determinations.decide(breach.id(), new ListingDecision(true, BreachTier.SERIOUS,
                    "当事人在陈述申辩期内未提出陈述申辩，事实清楚、证据确凿，依法列入严重失信主体名单"));
        });
        return 3;
    }

    private static Upload pdf(String title) {
        return new Upload(title + ".pdf", "application/pdf",
                ("%PDF-1.4\n% " + title + "（演示文件）\n").getBytes(StandardCharsets.UTF_8));
    }
}
