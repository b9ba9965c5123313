package cn.gov.ln.credit.lifecycle;

import cn.gov.ln.testing.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same evaluation paths on PostgreSQL. */
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class CreditEvaluationOnPostgresIT extends CreditEvaluationProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
    }
}
