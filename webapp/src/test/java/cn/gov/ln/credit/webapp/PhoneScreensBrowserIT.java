package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's and the public's screens at 390 px, a phone's width: each shows its content, nothing runs wider
 * than the screen, lists are cards whose status is in sight and whose links a finger can hit, the drawer menu
 * opens and navigates, and each figure on 我的信用 opens a list of exactly the records it counts. Screenshots land
 * in target/screenshots/phone-*.png.
 */
@WebIntegrationTest
class PhoneScreensBrowserIT {

    static final int PHONE_WIDTH = 390;
    static final int TOUCH = 44;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicantsAndPublicScreensFitAPhone() throws IOException {
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            fits(applicant, "/apply", By.cssSelector(".file-application-view"), "phone-apply");
            fits(applicant, "/my-repairs", By.cssSelector(".my-repairs-view"), "phone-repairs");
            fits(applicant, "/notifications", By.id("notifications"), "phone-notifications");
            fits(applicant, "/notification-settings", By.id("notify-save"), "phone-notification-settings");
            Number bar = (Number) applicant.script("return document.querySelector('vaadin-app-layout').shadowRoot"
                    + ".querySelector('[part=navbar]').getBoundingClientRect().height");
            assertThat(bar.intValue()).as("the bar is one line high, its names cut short, not wrapped")
                    .isLessThanOrEqualTo(72);
            assertThat(applicant.await(By.cssSelector(".user-name")).isDisplayed()).isTrue();
            fits(applicant, "/my-notices", By.cssSelector(".my-notices-view"), "phone-notices");
            fits(applicant, "/my-objections", By.id("my-objections-list"), "phone-objections");
        }
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            fits(visitor, "/public/verify", By.id("verify-button"), "phone-verify");
        }
    }

    @Test
    void theApplicantsListsAreCardsOfTheirOwnRecords() throws IOException {
        String pledge = jdbc.queryForObject("SELECT record_code FROM pledge WHERE pledger_identifier = ? AND status = "
                + "'SIGNED' ORDER BY id FETCH FIRST 1 ROWS ONLY", String.class, DemoInstallation.APPLICANT_USCC);
        List<String> filings = jdbc.queryForList("SELECT filing_no FROM filing WHERE applicant_username = 'applicant'",
                String.class);
        assertThat(filings).as("the demo applicant has filings").isNotEmpty();
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            fits(applicant, "/my-pledges", By.cssSelector("#my-pledges-list .record-card"), "phone-pledges");
            applicant.awaitText(By.id("my-pledges-list"), pledge);
            WebElement card = applicant.await(By.id("my-pledge-" + pledge));
            inSight(applicant, card.findElement(By.cssSelector(".record-card-status")), "有效");
            touchSized(applicant, card.findElement(By.cssSelector(".record-card-open")));
            applicant.choose("my-pledges-status", "已撤回");
            applicant.awaitUrlEnding("/my-pledges?status=WITHDRAWN");
            applicant.until(Duration.ofSeconds(10), d -> d.findElements(By.id("my-pledge-" + pledge)).isEmpty());
            applicant.choose("my-pledges-status", "有效");
            applicant.awaitUrlEnding("/my-pledges?status=SIGNED");
            applicant.await(By.id("my-pledge-" + pledge));

            fits(applicant, "/my-filings", By.cssSelector("#my-filings-list .record-card"), "phone-filings");
            WebElement filing = applicant.await(By.id("my-filing-" + filings.get(0)));
            inSight(applicant, filing.findElement(By.cssSelector(".record-card-status")), "");
            filing.findElement(By.cssSelector(".record-card-open")).click();
            applicant.awaitUrlMatching(".*/filings/\\d+$");
        }
    }

    @Test
    void eachFigureOfMyCreditOpensTheRecordsItCounts() throws IOException {
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            fits(applicant, "/", By.id("own-counts"), "phone-my-credit");
            applicant.script("arguments[0].scrollIntoView()", applicant.await(By.id("grade-history")));
            applicant.screenshot("phone-my-credit-file");
            Map<String, By> listed = Map.of(
                    "open-breaches", By.cssSelector(".notice-card"),
                    "signed-pledges", By.cssSelector("#my-pledges-list .record-card"),
                    "papers-requested", By.cssSelector("#my-filings-list .record-card"),
                    "pending-objections", By.cssSelector("#my-objections-list .record-card"),
                    "pending-repairs", By.cssSelector("#my-repairs-list .record-card"),
                    "listings", By.cssSelector("#repair-listings .record-card"));
            int counted = 0;
            for (Map.Entry<String, By> figure : listed.entrySet()) {
                applicant.open("/my-credit");
                int count = Integer.parseInt(applicant.await(By.id("count-" + figure.getKey())).getText());
                counted += count;
                touchSized(applicant, applicant.driver().findElement(By.id("count-link-" + figure.getKey())));
                applicant.click(By.id("count-link-" + figure.getKey()));
                applicant.until(Duration.ofSeconds(20), d -> d.findElements(By.id("own-counts")).isEmpty()
                        && d.findElements(By.cssSelector(".card-list, .notice-card, .my-notices-view")).size() > 0);
                applicant.until(Duration.ofSeconds(20), d -> d.findElements(figure.getValue()).size() == count);
                assertThat(applicant.driver().findElements(figure.getValue())).as(figure.getKey()).hasSize(count);
            }
            assertThat(counted).as("the demo applicant has pledges in force, so some list was not empty")
                    .isPositive();
        }
    }

    @Test
    void theDrawerMenuOpensAndNavigatesOnAPhone() throws IOException {
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            applicant.open("/my-credit");
            WebElement toggle = applicant.await(By.cssSelector("vaadin-drawer-toggle"));
            touchSized(applicant, toggle);
            WebElement layout = applicant.driver().findElement(By.cssSelector("vaadin-app-layout"));
            assertThat(layout.getAttribute("overlay")).as("at 390 px the drawer lies over the page").isNotNull();
            toggle.click();
            applicant.until(Duration.ofSeconds(10), d -> layout.getAttribute("drawer-opened") != null);
            applicant.until(Duration.ofSeconds(10), d -> ((Number) applicant.script("return document.querySelector("
                    + "'vaadin-app-layout').shadowRoot.querySelector('[part=drawer]').getBoundingClientRect().left"))
                    .doubleValue() >= 0);
            WebElement item = applicant.await(By.xpath("//vaadin-side-nav-item[normalize-space(.)='我的承诺']"));
            touchSized(applicant, item);
            applicant.screenshot("phone-drawer");
            item.click();
            applicant.awaitUrlEnding("/my-pledges");
            applicant.await(By.id("my-pledges-list"));
            applicant.until(Duration.ofSeconds(10), d -> layout.getAttribute("drawer-opened") == null);
        }
    }

    @Test
    void thePublicListsAreCardsOnAPhone() throws IOException {
        Map<String, Object> letter = jdbc.queryForMap("SELECT record_code, verification_code FROM pledge WHERE "
                + "verification_code IS NOT NULL AND status = 'SIGNED' ORDER BY id FETCH FIRST 1 ROWS ONLY");
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            fits(visitor, "/public/pledges", By.cssSelector("#public-pledges-list .record-card"),
                    "phone-public-pledges");
            WebElement card = visitor.driver().findElement(By.cssSelector("#public-pledges-list .record-card"));
            inSight(visitor, card.findElement(By.cssSelector(".record-card-status")), "");
            WebElement summary = card.findElement(By.cssSelector("vaadin-details-summary"));
            touchSized(visitor, summary);
            summary.click();
            WebElement content = visitor.await(By.cssSelector(".public-pledge-details"));
            visitor.until(Duration.ofSeconds(10), d -> content.isDisplayed() && !content.getText().isBlank());
            assertPageFits(visitor, "/public/pledges (opened)");
            visitor.screenshot("phone-public-pledge-content");
            touchSized(visitor, visitor.await(By.cssSelector(".card-list-more")));

            fits(visitor, "/public/dishonesty", By.cssSelector("#public-dishonesty-list .record-card"),
                    "phone-public-dishonesty");
            inSight(visitor, visitor.driver().findElement(By.cssSelector("#public-dishonesty-list "
                    + ".record-card-status")), "");
            fits(visitor, "/public/repairs", By.id("public-repairs-list"), "phone-public-repairs");
            fits(visitor, "/public/verify?n=" + letter.get("RECORD_CODE") + "&c=" + letter.get("VERIFICATION_CODE"),
                    By.cssSelector("#verify-result[data-outcome='AUTHENTIC']"), "phone-verify-result");
        }
    }

    private static void fits(BrowserSession browser, String path, By content, String screenshot) throws IOException {
        browser.open(path);
        browser.await(content);
        browser.screenshot(screenshot);
        assertPageFits(browser, path);
    }

    private static void assertPageFits(BrowserSession browser, String what) {
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        Number view = (Number) browser.script("return window.innerWidth");
        assertThat(wide.intValue()).as(what + " is no wider than the phone").isLessThanOrEqualTo(view.intValue());
    }

    /** The element shows within the screen's width, not cut off at its edge, and says what it should. */
    private static void inSight(BrowserSession browser, WebElement element, String text) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        assertThat(element.isDisplayed()).isTrue();
        assertThat(element.getText()).isNotBlank().contains(text);
        Number left = (Number) browser.script("return arguments[0].getBoundingClientRect().left", element);
        Number right = (Number) browser.script("return arguments[0].getBoundingClientRect().right", element);
        Number view = (Number) browser.script("return window.innerWidth");
        assertThat(left.doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(right.doubleValue()).as("the status is not clipped").isLessThanOrEqualTo(view.doubleValue());
        Number scrollWidth = (Number) browser.script("return arguments[0].scrollWidth", element);
        Number clientWidth = (Number) browser.script("return arguments[0].clientWidth", element);
        assertThat(scrollWidth.intValue()).as("the status' text fits its badge").isLessThanOrEqualTo(
                clientWidth.intValue());
    }

    private static void touchSized(BrowserSession browser, WebElement element) {
        Number height = (Number) browser.script("return arguments[0].getBoundingClientRect().height", element);
        assertThat(height.doubleValue()).as("a finger can hit " + element.getTagName() + " " + element.getText())
                .isGreaterThanOrEqualTo(TOUCH);
    }
}
