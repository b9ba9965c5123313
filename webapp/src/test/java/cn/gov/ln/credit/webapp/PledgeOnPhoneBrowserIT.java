package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A citizen signs a pledge on a phone (390×844): the wizard shows where they are, offers only the pledges written
 * for a natural person, and the text they sign speaks as "本人". No step is wider than the screen; a screenshot of
 * each lands in target/screenshots/phone-pledge-*.png.
 */
@WebIntegrationTest
class PledgeOnPhoneBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void aCitizenSignsTheCertificatePledgeWrittenForAPersonOnAPhone() throws IOException {
        try (BrowserSession citizen = BrowserSession.signedIn(port, "citizen")) {
            citizen.driver().manage().window().setSize(new Dimension(390, 844));
            citizen.open("/pledges/new");
            assertThat(currentStep(citizen)).startsWith("1");
            citizen.click(By.cssSelector("vaadin-combo-box#pledge-template"));
            citizen.await(BrowserSession.comboItem("证明事项告知承诺书"));
            List<String> offered = citizen.driver().findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .map(WebElement::getText).toList();
            assertThat(offered).as("a citizen is offered no pledge written for a company")
                    .noneMatch(t -> t.contains("食品经营许可") || t.contains("行业自律") || t.contains("主动公开"));
            fits(citizen, "phone-pledge-1-choose");
            citizen.click(BrowserSession.comboItem("证明事项告知承诺书"));

            citizen.await(By.id("pledge-notice"));
            citizen.until(Duration.ofSeconds(10), d -> currentStep(citizen).startsWith("2"));
            citizen.choose("form-certificate", "无违法犯罪记录证明");
            citizen.type("form-issuingAuthority", "沈阳市公安局和平分局");
            citizen.type("form-purpose", "办理道路运输从业资格证");
            citizen.driver().findElement(By.cssSelector("#pledge-reason textarea")).sendKeys("以承诺替代无犯罪记录证明",
                    Keys.TAB);
            citizen.click(By.id("pledge-read"));
            fits(citizen, "phone-pledge-2-fill");
            citizen.click(By.id("pledge-preview"));

            WebElement preview = citizen.screenshotOnFailure("phone-pledge-failed",
                    () -> citizen.await(By.id("pledge-preview-text")));
            citizen.screenshotOnFailure("phone-pledge-failed", () -> citizen.until(Duration.ofSeconds(10),
                    d -> currentStep(citizen).startsWith("3")));
            assertThat(preview.getText()).contains("本人张明", "为办理道路运输从业资格证，")
                    .doesNotContain("本单位", "办理办理");
            fits(citizen, "phone-pledge-3-sign");
            citizen.type("pledge-password", "Demo@2026");
            citizen.click(By.id("pledge-sign"));
            WebElement code = citizen.await(By.id("pledge-code"));
            citizen.until(Duration.ofSeconds(20), d -> code.getAttribute("textContent").matches("\\d{20}"));
            fits(citizen, "phone-pledge-4-signed");
        }
    }

    private static String currentStep(BrowserSession browser) {
        return browser.await(By.cssSelector("#pledge-steps [aria-current=step]")).getAttribute("textContent");
    }

    private static void fits(BrowserSession browser, String screenshot) throws IOException {
        browser.screenshot(screenshot);
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        Number view = (Number) browser.script("return window.innerWidth");
        assertThat(wide.intValue()).as(screenshot + " is no wider than the phone").isLessThanOrEqualTo(view.intValue());
    }
}
