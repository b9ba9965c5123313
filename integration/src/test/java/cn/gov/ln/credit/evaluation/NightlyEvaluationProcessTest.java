package cn.gov.ln.credit.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.grade.CreditGrade;
import cn.gov.ln.credit.shared.AccessDeniedException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly evaluation over the demo's few hundred subjects in chunks of 100 (a context and database of its own,
 * since it regrades every organisation): each organisation evaluated once, its grade kept in step, natural persons
 * left out, the run recorded; a second run of the day does nothing and a retry changes nothing. A deployed model
 * that scores nothing still cannot lift a serious listing above D.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "credit.evaluation.chunk-size=100")
@ActiveProfiles("coretest")
class NightlyEvaluationProcessTest {

    @Autowired
    NightlyEvaluation nightly;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    EvaluationModel model;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EvaluationStore store;

    @Test
    void everyOrganisationIsEvaluatedOnceAndARetryChangesNothing() {
        long organisations = count("SELECT COUNT(*) FROM credit_subject WHERE kind <> 'NATURAL_PERSON'");
        assertThat(organisations).isGreaterThan(200);

        EvaluationRun run = nightly.run();
        assertThat(run.status()).isEqualTo(EvaluationRun.FINISHED);
        assertThat(run.subjects()).isEqualTo(organisations);
        assertThat(run.lastId()).isEqualTo(count("SELECT MAX(id) FROM credit_subject"));
        assertThat(run.modelVersion()).isEqualTo(model.current().version());
        assertThat(count("SELECT COUNT(*) FROM credit_evaluation")).isEqualTo(organisations);
        assertThat(count("SELECT COUNT(*) FROM credit_evaluation e JOIN credit_subject s ON s.id = e.subject_id "
                + "WHERE s.kind = 'NATURAL_PERSON'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM credit_evaluation e JOIN credit_subject s ON s.id = e.subject_id "
                + "WHERE s.current_grade IS NULL OR s.current_grade <> e.grade")).isZero();
        assertThat(count("SELECT COUNT(*) FROM credit_evaluation e WHERE e.grade <> 'D' AND EXISTS (SELECT 1 FROM "
                + "list_entry l WHERE l.subject_id = e.subject_id AND l.list_type = 'DISHONESTY' AND l.tier = 'SERIOUS'"
                + " AND l.status = 'ACTIVE' AND (l.expires_on IS NULL OR l.expires_on >= CURRENT_DATE))")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'EVALUATION_RUN'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM credit_grade_record WHERE source LIKE 'EVALUATION:%'"))
                .as("the source stored as a code").isPositive();
        assertThat(count("SELECT COUNT(*) FROM credit_grade_record WHERE source LIKE '公共信用综合评价 %'")).isZero();

        assertThat(nightly.run().id()).as("the day's run is done").isEqualTo(run.id());

        long history = count("SELECT COUNT(*) FROM credit_grade_record");
        jdbc.update("DELETE FROM evaluation_run WHERE id = ?", run.id());
        EvaluationRun retry = nightly.run();
        assertThat(retry.subjects()).isEqualTo(organisations);
        assertThat(retry.changed()).isZero();
        assertThat(count("SELECT COUNT(*) FROM credit_grade_record")).isEqualTo(history);
    }

    @Test
    void twoNodesRunningTogetherShareTheChunks() throws Exception {
        long organisations = count("SELECT COUNT(*) FROM credit_subject WHERE kind <> 'NATURAL_PERSON'");
        jdbc.update("DELETE FROM evaluation_run");
        jdbc.update("DELETE FROM credit_evaluation");
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = nodes.submit(nightly::run);
            var second = nodes.submit(nightly::run);
            assertThat(first.get().id()).isEqualTo(second.get().id());
        } finally {
            nodes.shutdown();
        }
        EvaluationRun run = jdbc.query("SELECT id FROM evaluation_run", (rs, i) -> rs.getLong(1)).stream()
                .findFirst().map(id -> nightly.run()).orElseThrow();
        assertThat(run.status()).isEqualTo(EvaluationRun.FINISHED);
        assertThat(run.subjects()).as("no chunk evaluated twice").isEqualTo(organisations);
        assertThat(run.changed()).isEqualTo(organisations);
        assertThat(count("SELECT COUNT(*) FROM credit_evaluation")).isEqualTo(organisations);
    }

    @Test
    void twoFirstEvaluationsOfOneSubjectDoNotCollide() throws Exception {
        long subject = count("SELECT MIN(id) FROM credit_subject WHERE kind <> 'NATURAL_PERSON'");
        jdbc.update("DELETE FROM credit_evaluation WHERE subject_id = ?", subject);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<Evaluation> second = transactions.execute(status -> {
                evaluations.recompute(subject, "FIRST");
                var started = other.submit(() -> evaluations.recompute(subject, "SECOND"));
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !started.isDone());
                return started;
            });
            assertThat(second.get(10, java.util.concurrent.TimeUnit.SECONDS).grade()).isNotNull();
        } finally {
            other.shutdown();
        }
        assertThat(count("SELECT COUNT(*) FROM credit_evaluation WHERE subject_id = " + subject)).isEqualTo(1);
    }

    @Test
    void manyFactorsAreStoredWhole() {
        long subject = count("SELECT MAX(id) FROM credit_subject WHERE kind <> 'NATURAL_PERSON'");
        java.util.List<FactorScore> many = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(new FactorScore("adminAddedFactorNumber" + i, 1234567L + i, -15));
        }
        Evaluation wide = new Evaluation(subject, CreditGrade.C, 700, "CreditEvaluation:99",
                java.time.Instant.parse("2026-01-01T00:00:00Z"), many);
        assertThat(wide.encodedFactors()).hasSizeGreaterThan(1000);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.update("DELETE FROM credit_evaluation WHERE subject_id = ?", subject);
            store.insert(java.util.List.of(wide), "TEST");
            assertThat(store.stored(subject).factors()).isEqualTo(many);
            status.setRollbackOnly();
        });
    }

    @Test
    void aModelThatScoresNothingStillGradesASeriousListingD() throws Exception {
        long listed = count("SELECT MIN(l.subject_id) FROM list_entry l JOIN credit_subject s ON s.id = l.subject_id"
                + " WHERE s.kind <> 'NATURAL_PERSON' AND l.list_type = 'DISHONESTY' AND l.tier = 'SERIOUS'"
                + " AND l.status = 'ACTIVE' AND (l.expires_on IS NULL OR l.expires_on >= CURRENT_DATE)");
        String shipped = new ClassPathResource("processes/CreditEvaluation.dmn").getContentAsString(
                StandardCharsets.UTF_8);
        String lenient = shipped.replaceAll("<outputEntry id=\"Out_(\\w+)_(\\d+)\"><text>-?\\d+</text>",
                "<outputEntry id=\"Out_$1_$2\"><text>0</text>");
        String deployment = DeploymentGate.through("test", () -> repository.createDeployment()
                .name("lenient evaluation").addString("processes/CreditEvaluation.dmn", lenient).deploy().getId());
        try {
            Evaluation evaluation = evaluations.recompute(listed, "TEST");
            assertThat(evaluation.modelVersion()).isEqualTo(model.current().version());
            assertThat(evaluation.score()).as("the model scores nothing").isEqualTo(1000);
            assertThat(evaluation.grade()).isEqualTo(CreditGrade.D);
            assertThat(evaluation.factors()).anySatisfy(f -> {
                assertThat(f.name()).isEqualTo("seriousListings");
                assertThat(f.value()).isPositive();
            });
        } finally {
            DeploymentGate.through("test", () -> {
                repository.deleteDeployment(deployment, true);
                return null;
            });
        }
        assertThat(evaluations.recompute(listed, "TEST").score()).isLessThan(1000);
    }

    @Test
    void theCreditOfficeSeesTheModelAndTheDistributionOfItsDivision() {
        nightly.run();
        String city = jdbc.queryForObject("SELECT SUBSTRING(s.division_code, 1, 4) FROM credit_evaluation e JOIN "
                + "credit_subject s ON s.id = e.subject_id GROUP BY SUBSTRING(s.division_code, 1, 4) "
                + "ORDER BY COUNT(*) DESC, 1 FETCH FIRST 1 ROWS ONLY", String.class);
        long inCity = count("SELECT COUNT(*) FROM credit_evaluation e JOIN credit_subject s ON s.id = e.subject_id "
                + "WHERE s.division_code LIKE '" + city + "%'");
        assertThat(inCity).as("another city has evaluated subjects").isLessThan(count(
                "SELECT COUNT(*) FROM credit_evaluation"));
        String officer = cityOfficer(city + "00");
        ModelOverview overview = new SignIn(securityManager).call(officer, () -> evaluations.overview());
        assertThat(overview.modelVersion()).isEqualTo(model.current().version());
        assertThat(overview.tables()).extracting(ModelOverview.Table::decisionId)
                .contains("Factor_seriousListings", "Factor_inspectionBreaches", "Grade");
        assertThat(overview.tables()).allSatisfy(t -> assertThat(t.rows()).allSatisfy(r ->
                assertThat(r.description()).as("each row explained").isNotBlank()));
        assertThat(overview.distribution().values().stream().mapToLong(Long::longValue).sum())
                .as("only the officer's city").isEqualTo(inCity);
        assertThat(overview.runs()).isNotEmpty();
        assertThatThrownBy(() -> new SignIn(securityManager).call("sysadmin", () -> evaluations.overview()))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A credit officer of the city, made from the provincial one (same password and roles). */
    private String cityOfficer(String cityCode) {
        String username = "evalcity" + cityCode;
        if (count("SELECT COUNT(*) FROM app_user WHERE username = '" + username + "'") == 0) {
            jdbc.update("INSERT INTO app_user (username, password_hash, display_name, kind, department_id, "
                    + "division_code, enabled, failed_attempts, created_at) SELECT ?, password_hash, display_name, "
                    + "kind, department_id, ?, enabled, 0, created_at FROM app_user WHERE username = 'creditofficer'",
                    username, cityCode);
            jdbc.update("INSERT INTO user_role (user_id, role_code) SELECT n.id, r.role_code FROM user_role r JOIN "
                    + "app_user o ON o.id = r.user_id AND o.username = 'creditofficer' JOIN app_user n ON "
                    + "n.username = ?", username);
        }
        return username;
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
