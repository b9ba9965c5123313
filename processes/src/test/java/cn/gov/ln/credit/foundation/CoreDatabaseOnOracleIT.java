package cn.gov.ln.credit.foundation;

import cn.gov.ln.testing.OracleTestDatabase;
import cn.gov.ln.testing.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract on Oracle Free, where a Docker engine runs (skipped on machines without one). */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@Testcontainers(disabledWithoutDocker = true)
class CoreDatabaseOnOracleIT extends CoreDatabaseContract {

    @DynamicPropertySource
    static void oracle(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> OracleTestDatabase.container().getJdbcUrl());
        registry.add("spring.datasource.username", () -> OracleTestDatabase.container().getUsername());
        registry.add("spring.datasource.password", () -> OracleTestDatabase.container().getPassword());
    }
}
