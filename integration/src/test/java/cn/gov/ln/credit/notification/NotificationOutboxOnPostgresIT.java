package cn.gov.ln.credit.notification;

import cn.gov.ln.testing.PostgresTestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The outbox on PostgreSQL: the claim, retries and concurrent sweeps against a server with real row locks. */
@EnabledIfSystemProperty(named = PostgresTestDatabase.SWITCH, matches = "true")
class NotificationOutboxOnPostgresIT extends NotificationOutboxProcessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
    }
}
