package cn.gov.ln.credit.foundation;

import cn.gov.ln.testing.core.CoreTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.oracle.OracleContainer;

/** The same contract on Oracle Free, where a Docker engine runs (skipped on machines without one). */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
@Testcontainers(disabledWithoutDocker = true)
class CoreDatabaseOnOracleIT extends CoreDatabaseContract {

    @Container
    static final OracleContainer ORACLE = new OracleContainer("gvenzl/oracle-free:23-slim-faststart")
            .withUsername("credit").withPassword("credit");

    @DynamicPropertySource
    static void oracle(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ORACLE::getJdbcUrl);
        registry.add("spring.datasource.username", ORACLE::getUsername);
        registry.add("spring.datasource.password", ORACLE::getPassword);
    }
}
