package cn.gov.ln.credit.evaluation;

import cn.gov.ln.testing.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The nightly evaluation on PostgreSQL, in a database of its own (it regrades every organisation). */
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class NightlyEvaluationOnPostgresIT extends NightlyEvaluationProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = PostgresTestDatabase.fresh("evaluation");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
    }
}
