package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The idle timeout, waited out: a context of its own with a four-second timeout and a heartbeat every second, so an
 * open screen keeps sending heartbeats while nobody works in it.
 */
@Tag("security")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.timeout=4s", "vaadin.heartbeatInterval=1"})
@ActiveProfiles("webtest")
class IdleSessionIT {

    private static final long IDLE_MILLIS = 6_000;

    @LocalServerPort
    int port;

    @Test
    void aSessionLeftIdleEndsAndOneInUseDoesNot() throws Exception {
        RawHttp http = new RawHttp(port);
        String idle = http.login("intake", "Demo@2026");
        String busy = http.login("approver", "Demo@2026");
        assertThat(http.get("/subjects", RawHttp.cookie(idle)).status()).isEqualTo(200);
        for (long waited = 0; waited < IDLE_MILLIS; waited += 2_000) {
            Thread.sleep(2_000);
            assertThat(http.get("/subjects", RawHttp.cookie(busy)).status()).as("in use after %d ms", waited)
                    .isEqualTo(200);
        }
        RawHttp.Response after = http.get("/subjects", RawHttp.cookie(idle));
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
    }

    @Test
    void anOpenScreenThatOnlySendsHeartbeatsIsSignedOut() throws Exception {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.login("intake", "Demo@2026");
            browser.await(By.cssSelector("h1.app-title"));
            Thread.sleep(IDLE_MILLIS);
            browser.open("/subjects");
            browser.awaitUrlEnding("/login");
        }
    }
}
