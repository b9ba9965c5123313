package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The template administrator sees for whom each template is written and changes it on the template screen: the
 * change is stored and audited, and the template leaves the choice of the subjects it no longer serves.
 */
@WebIntegrationTest
class TemplateAudienceBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorSaysForWhomATemplateIsWritten() throws Exception {
        try (BrowserSession admin = BrowserSession.signedIn(port, "sysadmin")) {
            admin.open("/admin/templates");
            admin.click(BrowserSession.gridCell("templates-grid", "CREDIT-REPAIR"));
            admin.awaitText(By.id("template-audience-change"), "各类主体");
            try {
                admin.choose("template-audience-change", "法人、非法人组织和个体工商户");
                admin.until(Duration.ofSeconds(20), d -> "ORGANIZATIONS".equals(audience()));
                admin.awaitText(By.id("templates-grid"), "法人、非法人组织和个体工商户");
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = "
                        + "'TEMPLATE_AUDIENCE_CHANGED' AND detail = 'ALL -> ORGANIZATIONS'", Long.class)).isOne();
                admin.screenshot("template-audience");
            } finally {
                jdbc.update("UPDATE pledge_template SET audience = 'ALL' WHERE code = 'CREDIT-REPAIR'");
            }
        }
    }

    private String audience() {
        return jdbc.queryForObject("SELECT audience FROM pledge_template WHERE code = 'CREDIT-REPAIR'", String.class);
    }
}
