package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import cn.gov.ln.credit.filing.FilingService;
import cn.gov.ln.credit.pledge.NewPledge;
import cn.gov.ln.credit.pledge.PledgeService;
import cn.gov.ln.credit.pledge.Publicity;
import cn.gov.ln.testing.SignIn;
import java.time.Duration;
import java.util.Map;
import org.apache.shiro.mgt.SecurityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An applicant signs a pledge in the browser, finds it in their list, downloads the letter; the public page
 * shows it, and never a natural person's pledge; the verification page confirms the letter.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PledgeBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PledgeService pledges;
    @Autowired
    FilingService filings;
    @Autowired
    SecurityManager securityManager;
    BrowserSession browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stopBrowser() throws Exception {
        browser.close();
    }

    @Test
    void anApplicantSignsAPledgeThatThePublicCanFindAndVerify() throws Exception {
        String superseded = new SignIn(securityManager).call("applicant", () -> pledges.signWithPassword(pledges
                .draft(new NewPledge("FOOD-BUSINESS-IN-LIEU", null, "前次申请时作出的承诺",
                        Map.of("businessAddress", "沈阳市和平区太原街 9 号", "businessItems", "预包装食品销售",
                                "floorArea", 60, "safetyManager", "周敏", "contactPhone", "13700000000"),
                        Publicity.PUBLIC, filings.handlingDepartment("LN-SCJG-001").id(), null)).draftRef(),
                SignIn.DEMO_PASSWORD.toCharArray())).recordCode();
        browser.signInAs("applicant");
        browser.open("/pledges/new");
        WebElement template = browser.await(By.cssSelector("vaadin-combo-box#pledge-template input"));
        template.sendKeys("食品经营许可");
        browser.await(BrowserSession.comboItem("食品经营许可告知承诺书")).click();
        browser.await(By.id("pledge-notice"));
        browser.input("form-businessAddress").sendKeys("沈阳市和平区中华路88号");
        choose("form-businessItems", "热食类食品制售");
        browser.input("form-floorArea").sendKeys("120");
        browser.input("form-safetyManager").sendKeys("王红");
        browser.input("form-contactPhone").sendKeys("13912345678");
        browser.driver().findElement(By.cssSelector("#pledge-reason textarea")).sendKeys("新开餐馆申请食品经营许可");
        browser.driver().findElement(By.cssSelector("#pledge-read")).click();
        browser.screenshot("pledge-form");
        browser.driver().findElement(By.id("pledge-preview")).click();
        WebElement preview = browser.await(By.id("pledge-preview-text"));
        assertThat(preview.getText()).contains("沈阳市和平区中华路88号").contains("热食类食品制售")
                .contains("沈阳辽信科技有限公司");
        browser.driver().findElement(By.cssSelector("#pledge-password input")).sendKeys("Demo@2026");
        browser.driver().findElement(By.id("pledge-sign")).click();
        WebElement code = browser.await(By.id("pledge-code"));
        browser.until(Duration.ofSeconds(20), d -> code.getText().matches("\\d{20}"));
        String recordCode = code.getText();
        String hash = browser.driver().findElement(By.id("pledge-hash")).getText();
        browser.screenshot("pledge-signed");

        String href = browser.driver().findElement(By.cssSelector("#pledge-letter")).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("CREDIT_SESSION");
        RawHttp.Response letter = new RawHttp(port).get(href.replaceFirst("^https?://[^/]+", ""),
                RawHttp.cookie(session.getValue()));
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.body()).startsWith("%PDF-");

        browser.open("/my-pledges");
        browser.awaitText(By.id("my-pledges-list"), recordCode);

        browser.open("/public/pledges");
        WebElement search = browser.await(By.cssSelector("#public-search input"));
        search.sendKeys(recordCode, Keys.ENTER);
        browser.awaitText(By.id("public-total"), "共 1 条");
        browser.awaitText(By.id("public-pledges-list"), "沈阳辽信科技有限公司");
        browser.click(By.cssSelector("#public-pledge-" + recordCode + " vaadin-details-summary"));
        WebElement published = browser.await(By.cssSelector(".public-pledge-details"));
        browser.until(Duration.ofSeconds(10), d -> published.getText().contains("139****5678"));
        assertThat(published.getText()).as("the people a pledge names are not published")
                .contains("食品安全管理人员王*", "沈阳市和平区中华路88号").doesNotContain("王红", "13912345678");
        browser.screenshot("public-pledges");

        String citizenCode = jdbc.queryForList("SELECT record_code FROM pledge WHERE pledger_identifier = ? "
                + "AND record_code IS NOT NULL ORDER BY id", String.class, DemoInstallation.CITIZEN_ID).get(0);
        search.clear();
        search.sendKeys(citizenCode, Keys.ENTER);
        browser.awaitText(By.id("public-total"), "共 0 条");
        assertThat(browser.driver().findElement(By.id("public-pledges-list")).getText()).doesNotContain("张明")
                .doesNotContain(citizenCode);
        search.clear();
        search.sendKeys(DemoInstallation.APPLICANT_USCC, Keys.ENTER);
        browser.awaitText(By.id("public-pledges-list"), recordCode);
        assertThat(jdbc.queryForObject("SELECT status FROM pledge WHERE record_code = ?", String.class, superseded))
                .isEqualTo("SUPERSEDED");
        assertThat(browser.driver().findElement(By.id("public-pledges-list")).getText()).as("superseded: not public")
                .doesNotContain(superseded);
        search.clear();
        search.sendKeys("张明", Keys.ENTER);
        browser.awaitText(By.id("public-total"), "共 0 条");

        browser.open("/public/verify?code=" + recordCode + "&hash=" + hash.replace(" ", ""));
        WebElement result = browser.await(By.id("verify-result"));
        browser.until(Duration.ofSeconds(20), d -> "AUTHENTIC".equals(result.getAttribute("data-outcome")));
        browser.screenshot("verify");
    }

    /** Opens the select and picks the option with real clicks (the shared steps click by script). */
    private void choose(String id, String option) {
        browser.driver().findElement(By.id(id)).click();
        browser.await(BrowserSession.selectItem(option)).click();
    }
}
