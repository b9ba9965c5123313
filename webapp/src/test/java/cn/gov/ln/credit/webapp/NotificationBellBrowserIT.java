package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.breach.Breach;
import cn.gov.ln.credit.breach.BreachService;
import cn.gov.ln.credit.breach.DeterminationService;
import cn.gov.ln.credit.breach.LegalDocument;
import cn.gov.ln.credit.breach.NewBreach;
import cn.gov.ln.credit.document.Upload;
import cn.gov.ln.credit.listing.BreachTier;
import cn.gov.ln.credit.listing.LegalBasisType;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.testing.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bell over Vaadin push: an applicant's open page shows a new notice's count the moment an officer's action
 * commits it (an advance notice of a breach determination), with no reload; 全部已读 clears it everywhere. The
 * user's own 通知设置 refuses a malformed mobile number at its field and keeps the choices.
 */
@WebIntegrationTest
class NotificationBellBrowserIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    BreachService breaches;
    @Autowired
    DeterminationService determinations;
    @Autowired
    SecurityManager securityManager;
    @Autowired
    Clock clock;

    @Test
    void theBellCountsANewNoticeWithoutAReloadAndMarkAllReadClearsIt() throws Exception {
        SignIn signIn = new SignIn(securityManager);
        long subjectId = jdbc.queryForObject("SELECT MIN(s.id) FROM credit_subject s WHERE s.kind = 'LEGAL_PERSON' "
                + "AND s.division_code LIKE '2101%' AND s.current_grade = 'B' "
                + "AND NOT EXISTS (SELECT 1 FROM list_entry e WHERE e.subject_id = s.id) "
                + "AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.subject_id = s.id) "
                + "AND NOT EXISTS (SELECT 1 FROM breach b WHERE b.subject_id = s.id)", Long.class);
        String uscc = jdbc.queryForObject("SELECT uscc FROM credit_subject WHERE id = ?", String.class, subjectId);
        String username = "bell" + RUN;
        signIn.run("sysadmin", () -> accounts.create(new NewUser(username, "铃" + RUN, ActorKind.APPLICANT, null,
                null, subjectId, Set.of(Roles.APPLICANT), SignIn.DEMO_PASSWORD.toCharArray())));

        try (BrowserSession browser = BrowserSession.signedIn(port, username)) {
            assertThat(unread(browser)).isEqualTo("0");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("window.samePage = 'yes';");

            Breach breach = signIn.call("creditofficer", () -> {
                Breach entered = breaches.enter(new NewBreach(uscc, "拒不履行生效判决确定的给付义务"));
                return determinations.startDetermination(entered.id(), new LegalDocument(
                        LegalBasisType.COURT_JUDGMENT, "（2026）辽01执" + entered.id() + "号", "沈阳市中级人民法院",
                        LocalDate.now(clock).minusDays(10), BreachTier.SERIOUS), new Upload("判决书.pdf",
                        "application/pdf", "%PDF-1.4 判决书".getBytes(StandardCharsets.UTF_8)));
            });
            assertThat(breach.id()).isPositive();

            browser.until(Duration.ofSeconds(30), d -> "1".equals(unread(browser)));
            assertThat(browser.await(By.id("unread-count")).getText()).isEqualTo("1");
            assertThat(js.executeScript("return window.samePage;")).as("no reload").isEqualTo("yes");
            browser.screenshot("notification-bell-pushed");

            browser.click(By.id("notifications-bell"));
            browser.awaitUrlEnding("/notifications");
            browser.await(By.cssSelector(".notification-card.unread"));
            browser.click(By.id("mark-all-read"));
            browser.until(Duration.ofSeconds(30), d -> "0".equals(unread(browser)));
            assertThat(browser.driver().findElements(By.cssSelector(".notification-card.unread"))).isEmpty();

            browser.open("/notification-settings");
            browser.type("notify-phone", "12345");
            browser.click(By.id("notify-save"));
            browser.until(Duration.ofSeconds(10), d -> browser.await(By.id("notify-phone"))
                    .getAttribute("invalid") != null);
            assertThat(browser.await(By.id("notify-phone")).getText()).contains("请填写 11 位手机号码");
            browser.input("notify-phone").clear();
            browser.type("notify-phone", "13912345678");
            browser.click(By.id("notify-breach-sms"));
            browser.click(By.id("notify-save"));
            browser.until(Duration.ofSeconds(10), d -> jdbc.queryForList("SELECT phone FROM notification_contact "
                    + "WHERE username = ?", String.class, username).contains("13912345678"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_preference WHERE username = ? AND "
                    + "event_kind = 'breach' AND channel = 'SMS' AND enabled = TRUE", Long.class, username)).isOne();
            browser.screenshot("notification-settings");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            for (String path : new String[] {"/notification-settings", "/notifications"}) {
                browser.open(path);
                browser.await(By.id(path.substring(1)));
                browser.screenshot("phone-" + path.substring(1));
                Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
                Number view = (Number) browser.script("return window.innerWidth");
                assertThat(wide.intValue()).as(path + " is no wider than a phone").isLessThanOrEqualTo(view.intValue());
            }
        }
    }

    private static String unread(BrowserSession browser) {
        return browser.await(By.id("notifications-bell")).getAttribute("data-unread");
    }
}
