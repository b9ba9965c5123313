package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
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
    @Autowired
    WebServerApplicationContext context;

    /**
     * Here the test is the user: one session does nothing while the other works every two seconds, until the first
     * has been left longer than the idle limit. The server judges a session's idleness when a request arrives in it.
     */
    @Test
    void aSessionLeftIdleEndsAndOneInUseDoesNot() throws Exception {
        RawHttp http = new RawHttp(port);
        String idle = http.login("intake", "Demo@2026");
        String busy = http.login("approver", "Demo@2026");
        assertThat(http.get("/subjects", RawHttp.cookie(idle)).status()).isEqualTo(200);
        long idleSince = System.nanoTime();
        // the user of the busy session works every two seconds until the other has been left longer than the limit
        Waiting.upTo(Duration.ofMillis(IDLE_MILLIS * 5), Duration.ofSeconds(2))
                .alias("the idle session is left longer than the limit while the busy one is used")
                .until(() -> {
                    assertThat(http.get("/subjects", RawHttp.cookie(busy)).status()).as("the busy session is in use")
                            .isEqualTo(200);
                    return (System.nanoTime() - idleSince) / 1_000_000 > IDLE_MILLIS + 500;
                });
        RawHttp.Response after = http.get("/subjects", RawHttp.cookie(idle));
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
    }

    /**
     * The open screen's heartbeats reach the server every second, and the first one after the four idle seconds ends
     * the session: the test waits for the server to have ended it (15 s at most), then opens a page.
     */
    @Test
    void anOpenScreenThatOnlySendsHeartbeatsIsSignedOut() throws Exception {
        try (BrowserSession browser = BrowserSession.signedIn(port, "intake")) {
            String session = browser.driver().manage().getCookieNamed("CREDIT_SESSION").getValue();
            Manager sessions = sessions();
            Waiting.upTo(Duration.ofSeconds(15), Duration.ofMillis(250))
                    .alias("the server ends the session of a screen that only sends heartbeats")
                    .until(() -> sessions.findSession(session) == null);
            browser.open("/subjects");
            browser.awaitUrlEnding("/login");
        }
    }

    /** The embedded Tomcat's sessions, looked at without touching them (a look is not a request). */
    private Manager sessions() {
        Context application = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        return application.getManager();
    }
}
