package cn.gov.ln.credit.repair;

import cn.gov.ln.testing.PostgresTestDatabase;
import cn.gov.ln.testing.core.CoreTestApplication;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class PublicationRulesOnPostgresIT extends PublicationRulesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
    }
}
