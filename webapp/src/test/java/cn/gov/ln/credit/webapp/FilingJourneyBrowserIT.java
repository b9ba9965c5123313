package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant's journey on a phone (390 × 844): a visitor finds a matter's guide on the public portal without
 * signing in; the demo applicant chooses the matter, is refused while the required materials are missing (named
 * at each material), attaches them, files, and follows the filing on the step tracker instead of the diagram. No
 * page is wider than the screen. An officer opens the same guide from the catalogue of matters. Screenshots land
 * in target/screenshots/phone-journey-*.png.
 */
@WebIntegrationTest
class FilingJourneyBrowserIT {

    private static final String MATTER = "工业产品生产许可证核发";
    private static final String CODE = "LN-SCJG-003";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitorReadsTheGuideAndTheApplicantFilesWithItsMaterialsAndFollowsTheSteps() throws IOException {
        try (BrowserSession visitor = phone(new BrowserSession(port))) {
            visitor.open("/public/guide");
            visitor.await(By.id("guide-" + CODE));
            fits(visitor, "phone-journey-guide-list");
            visitor.input("guide-search").sendKeys("工业产品");
            visitor.until(java.time.Duration.ofSeconds(10), d -> d.findElements(By.id("guide-LN-SCJG-001")).isEmpty());
            visitor.click(By.id("guide-" + CODE));
            visitor.awaitUrlEnding("/public/guide/" + CODE);
            WebElement guide = visitor.await(By.id("matter-guide"));
            visitor.awaitText(By.id("guide-materials"), "生产许可申请书");
            assertThat(guide.getText()).contains(MATTER, "20 个工作日", "不收费", "有营业执照",
                    "《中华人民共和国工业产品生产许可证管理条例》", "签署告知承诺书后可免交", "格式 PDF，不超过 10 MB");
            assertThat(visitor.driver().findElement(By.id("guide-pledge")).getText()).contains("可适用");
            fits(visitor, "phone-journey-guide", By.id("guide-pledge"), By.id("guide-conditions"),
                    By.id("guide-materials"));
            visitor.open("/public/guide/LN-SCJG-002");
            visitor.awaitText(By.id("guide-pledge"), "高风险");
            visitor.open("/matters");
            visitor.awaitUrlEnding("/login");
        }

        try (BrowserSession applicant = phone(BrowserSession.signedIn(port, "applicant"))) {
            applicant.open("/apply");
            WebElement field = applicant.await(By.cssSelector("vaadin-combo-box#apply-matter input"));
            field.sendKeys(MATTER);
            applicant.click(BrowserSession.comboItem(MATTER));
            applicant.await(By.id("apply-materials"));
            applicant.awaitText(By.id("apply-details"), "许可条件");
            fits(applicant, "phone-journey-apply", By.id("guide-conditions"), By.id("apply-materials"),
                    By.id("material-3"));

            applicant.click(By.id("apply-submit"));
            applicant.until(java.time.Duration.ofSeconds(10), d -> d.findElement(By.cssSelector(
                    "#material-1 .material-error")).isDisplayed());
            assertThat(applicant.driver().findElement(By.id("material-3")).getText()).contains("请上传此项材料");
            assertThat(applicant.driver().findElement(By.id("material-4")).getText()).doesNotContain("请上传此项材料");
            assertThat(applicant.driver().getCurrentUrl()).endsWith("/apply");

            List<WebElement> rows = applicant.driver().findElements(By.cssSelector(".material-row"));
            assertThat(rows).hasSize(4);
            for (int seq = 1; seq <= 3; seq++) {
                applicant.attach("material-" + seq, "材料" + seq + ".pdf");
            }
            fits(applicant, "phone-journey-apply-attached", By.id("material-1"), By.id("material-3"));
            applicant.click(By.id("apply-submit"));
            String filingNo = applicant.screenshotOnFailure("phone-journey-submit-failed",
                    () -> applicant.await(By.id("filing-no"))).getText();

            WebElement tracker = applicant.await(By.id("step-tracker"));
            assertThat(tracker.getText()).contains("收件", "受理", "审批", "办结", "法定办结期限");
            assertThat(applicant.driver().findElement(By.id("step-receive")).getAttribute("class")).contains("done");
            assertThat(applicant.driver().findElement(By.id("step-accept")).getAttribute("class"))
                    .contains("current");
            assertThat(applicant.driver().findElement(By.id("step-expected")).getText()).contains("无需操作");
            assertThat(applicant.driver().findElements(By.cssSelector("[id^='diagram-']")))
                    .as("the applicant sees the steps, not the diagram").isEmpty();
            applicant.awaitText(By.id("filing-documents"), "材料3.pdf");
            assertThat(jdbc.queryForList("SELECT d.paper_name FROM filing_document d JOIN filing f ON f.id = "
                    + "d.filing_id WHERE f.filing_no = ? ORDER BY d.id", String.class, filingNo))
                    .containsExactly("生产许可申请书", "营业执照复印件", "产品检验合格报告");
            fits(applicant, "phone-journey-filing", By.id("step-tracker"), By.id("step-expected"),
                    By.id("filing-documents"), By.id("filing-timeline"));
        }

        try (BrowserSession officer = BrowserSession.signedIn(port, "intake")) {
            officer.open("/matters");
            officer.click(BrowserSession.gridCell("matters-grid", MATTER));
            officer.awaitText(By.id("guide-" + CODE + "-conditions"), "有营业执照");
            assertThat(officer.driver().findElement(By.id("guide-" + CODE + "-fees")).getText()).contains("不收费");
        }
    }

    private static BrowserSession phone(BrowserSession browser) {
        browser.driver().manage().window().setSize(new Dimension(PhoneScreensBrowserIT.PHONE_WIDTH, 844));
        return browser;
    }

    /**
     * Checks that nothing runs wider than the phone; keeps a screenshot of the top of the page and one with each
     * of the further parts scrolled to the top of the screen.
     */
    private static void fits(BrowserSession browser, String screenshot, By... further) throws IOException {
        browser.screenshot(screenshot);
        for (int i = 0; i < further.length; i++) {
            browser.script("arguments[0].scrollIntoView(true);", browser.await(further[i]));
            browser.screenshot(screenshot + "-" + (i + 1));
        }
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        Number view = (Number) browser.script("return window.innerWidth");
        assertThat(wide.intValue()).as(screenshot + " is no wider than the phone").isLessThanOrEqualTo(
                view.intValue());
    }
}
