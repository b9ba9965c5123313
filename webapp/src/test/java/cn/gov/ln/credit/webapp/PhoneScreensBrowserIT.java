package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's and the public's screens whose data now comes from the services (the application form with the
 * pledges that can replace certificates, the repair screen, the letter check) at 390 px, a phone's width: each
 * shows its content and nothing runs wider than the screen. Screenshots land in target/screenshots/phone-*.png.
 */
@WebIntegrationTest
class PhoneScreensBrowserIT {

    static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

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
        }
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
            fits(visitor, "/public/verify", By.id("verify-button"), "phone-verify");
        }
    }

    private static void fits(BrowserSession browser, String path, By content, String screenshot) throws IOException {
        browser.open(path);
        browser.await(content);
        browser.screenshot(screenshot);
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        Number view = (Number) browser.script("return window.innerWidth");
        assertThat(wide.intValue()).as(path + " is no wider than the phone").isLessThanOrEqualTo(view.intValue());
    }
}
