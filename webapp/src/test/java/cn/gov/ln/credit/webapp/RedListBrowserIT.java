package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A credit officer puts an organisation on the red list through the determination dialog; the entry shows on the
 * public red list; the joint incentive case reaches the demo liaison's department (the tax bureau), whose liaison
 * responds on the department's incentive screen.
 */
@WebIntegrationTest
class RedListBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerDeterminesAnEntryAndTheDepartmentResponds() throws Exception {
        Map<String, Object> subject = jdbc.queryForMap("SELECT s.id, s.uscc, s.name FROM credit_subject s WHERE "
                + "s.kind = 'LEGAL_PERSON' AND s.division_code LIKE '2103%' AND NOT EXISTS (SELECT 1 FROM list_entry e "
                + "WHERE e.subject_id = s.id) AND NOT EXISTS (SELECT 1 FROM breach b WHERE b.subject_id = s.id) "
                + "ORDER BY s.id FETCH FIRST 1 ROWS ONLY");
        long subjectId = ((Number) subject.get("id")).longValue();
        String name = (String) subject.get("name");
        try (BrowserSession officer = BrowserSession.signedIn(port, "creditofficer")) {
            officer.open("/red-list");
            officer.awaitText(By.id("red-total"), "共");
            officer.click(By.id("red-determine"));
            officer.type("red-identifier", (String) subject.get("uscc"));
            officer.type("red-basis-number", "辽市监发〔2026〕" + subjectId + "号");
            officer.type("red-basis-issuer", "辽宁省市场监督管理局");
            officer.await(By.cssSelector("#red-reason textarea")).sendKeys("守合同重信用企业", Keys.TAB);
            officer.screenshot("red-list-determine");
            officer.click(By.id("red-determine-save"));
            officer.until(Duration.ofSeconds(20), d -> jdbc.queryForObject("SELECT COUNT(*) FROM list_entry WHERE "
                    + "list_type = 'RED' AND status = 'ACTIVE' AND subject_id = ?", Long.class, subjectId) == 1);
            officer.awaitText(By.id("red-grid"), name);
            officer.open("/public/red-list");
            officer.input("red-list-search").sendKeys((String) subject.get("uscc"), Keys.TAB);
            officer.awaitText(By.id("public-red-list"), name);
        }
        long caseId = jdbc.queryForObject("SELECT c.id FROM incentive_case c JOIN list_entry e ON e.id = "
                + "c.list_entry_id WHERE e.subject_id = ?", Long.class, subjectId);
        try (BrowserSession liaison = BrowserSession.signedIn(port, "liaison")) {
            liaison.open("/incentive-parts");
            liaison.click(By.id("incentive-respond-" + caseId));
            liaison.radio("incentive-outcome", "已实施激励措施");
            liaison.await(By.cssSelector("#incentive-applied-measures textarea"))
                    .sendKeys("已开通涉税事项绿色通道", Keys.TAB);
            liaison.click(By.id("incentive-respond-save"));
            liaison.until(Duration.ofSeconds(20), d -> "RESPONDED".equals(jdbc.queryForObject("SELECT r.status FROM "
                    + "incentive_response r JOIN app_user u ON u.department_id = r.department_id WHERE r.case_id = ? "
                    + "AND u.username = 'liaison'", String.class, caseId)));
            liaison.awaitText(By.id("incentive-parts-grid"), "待反馈");
            liaison.screenshot("incentive-parts-responded");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INCENTIVE_RESPONDED' AND "
                + "actor = 'liaison'", Long.class)).isPositive();
    }
}
