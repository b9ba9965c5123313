package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.demo.DemoInstallation;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public credit evaluation on screen: 我的信用评价 at a phone's 390 px (cards that fit: the grade, every factor
 * with its value and score, the history), the evaluation on an officer's subject page, and the credit office's
 * 评价模型与分布. Screenshots land in target/screenshots/evaluation-*.png.
 */
@WebIntegrationTest
class EvaluationBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOrganisationReadsItsEvaluationOnAPhone() throws IOException {
        try (BrowserSession applicant = BrowserSession.signedIn(port, "applicant")) {
            applicant.driver().manage().window().setSize(new Dimension(390, 844));
            applicant.open("/my-evaluation");
            applicant.await(By.cssSelector("#evaluation-factors .record-card"));
            assertThat(applicant.await(By.id("evaluation-summary")).getText()).contains("分")
                    .contains("CreditEvaluation:");
            assertThat(applicant.driver().findElements(By.cssSelector("#evaluation-factors .record-card")))
                    .hasSizeGreaterThanOrEqualTo(9);
            assertThat(applicant.await(By.id("evaluation-factors")).getText()).contains("严重失信主体名单在列条数")
                    .contains("指标值").contains("得分");
            applicant.await(By.id("evaluation-history"));
            applicant.screenshot("evaluation-phone");
            Number wide = (Number) applicant.script("return document.documentElement.scrollWidth");
            Number view = (Number) applicant.script("return window.innerWidth");
            assertThat(wide.intValue()).as("no wider than the phone").isLessThanOrEqualTo(view.intValue());
        }
    }

    @Test
    void officersSeeTheEvaluationOnTheSubjectsPageAndTheCreditOfficeTheModel() throws IOException {
        long subject = jdbc.queryForObject("SELECT id FROM credit_subject WHERE uscc = ?", Long.class,
                DemoInstallation.APPLICANT_USCC);
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/subjects/" + subject);
            officer.await(By.id("subject-evaluation"));
            assertThat(officer.await(By.id("evaluation-factors")).getText()).contains("近三年认定失信行为次数");
            officer.open("/evaluation-model");
            assertThat(officer.await(By.id("evaluation-model-version")).getText()).contains("CreditEvaluation:");
            officer.await(By.id("evaluation-distribution"));
            officer.await(By.id("evaluation-runs"));
            assertThat(officer.await(By.id("evaluation-tables")).getText()).contains("Factor_seriousListings")
                    .contains("Grade");
            officer.screenshot("evaluation-model");
        }
    }
}
