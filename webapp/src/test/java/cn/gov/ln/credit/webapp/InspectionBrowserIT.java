package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 双随机、一公开 in the browser: Shenyang's market regulation bureau (the demo planner) plans and draws inspections of
 * the city's organisations (its pool: the demo verifier and inspector and one more, two per subject), verifies the
 * draw; an inspector drawn for a task records its result; a visitor on a phone sees it on the portal.
 */
@WebIntegrationTest
class InspectionBrowserIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String PLANNER = "planner";

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SystemRunner system;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlanIsDrawnAResultRecordedAndPublished() throws Exception {
        long market = departments.findByCode("210100-MARKET_REGULATION").orElseThrow().id();
        account("insp-sy-mkt", Roles.VERIFICATION_OFFICER, market, "210102");
        try (BrowserSession planner = BrowserSession.signedIn(port, PLANNER)) {
            planner.open("/inspection/plans");
            planner.type("plan-title", "沈阳市市场主体双随机抽查" + RUN);
            planner.await(By.cssSelector("#plan-scope textarea")).sendKeys("登记事项、年报公示信息", Keys.TAB);
            planner.input("plan-divisions").sendKeys("210100");
            planner.click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '210100')]"));
            planner.input("plan-divisions").sendKeys(Keys.ESCAPE);
            planner.click(By.id("plan-exclude-own-county"));
            planner.click(By.id("plan-create"));
            planner.await(BrowserSession.gridCell("plan-grid", RUN));
            planner.click(By.id("plan-draw"));
            assertThat(planner.await(By.id("plan-seed")).getText()).matches(".*-?\\d+");
            assertThat(planner.await(By.id("plan-digest")).getText()).matches(".*[0-9a-f]{64}");
            planner.await(By.id("plan-drawn-grid"));
            planner.click(By.id("plan-verify"));
            planner.await(By.xpath("//vaadin-notification-card[contains(., '复核一致')]"));
        }
        String drawn = jdbc.queryForObject("SELECT MIN(i.username) FROM inspection_inspector i JOIN inspection_task t "
                + "ON t.id = i.task_id JOIN inspection_plan p ON p.id = t.plan_id WHERE p.title = ?", String.class,
                "沈阳市市场主体双随机抽查" + RUN);
        String subject;
        try (BrowserSession inspector = BrowserSession.signedIn(port, drawn)) {
            inspector.open("/inspection/tasks");
            subject = inspector.await(By.cssSelector("#inspection-task-list .record-card-title")).getText();
            inspector.click(By.cssSelector("[id^='inspection-record-']"));
            inspector.choose("inspection-result", "未发现问题");
            inspector.await(By.cssSelector("#inspection-findings textarea")).sendKeys("经营正常" + RUN, Keys.TAB);
            inspector.click(By.id("inspection-save"));
            inspector.await(By.xpath("//vaadin-notification-card[contains(., '已保存并公示')]"));
        }
        try (BrowserSession visitor = new BrowserSession(port)) {
            visitor.driver().manage().window().setSize(new Dimension(390, 844));
            visitor.open("/public/inspections");
            visitor.await(By.xpath("//*[@id='public-inspections-list']//*[contains(., '经营正常" + RUN + "')]"));
            assertThat(visitor.await(By.id("public-inspections-list")).getText()).contains(subject);
            Number wide = (Number) visitor.script("return document.documentElement.scrollWidth");
            Number view = (Number) visitor.script("return window.innerWidth");
            assertThat(wide.intValue()).as("fits a phone").isLessThanOrEqualTo(view.intValue());
        }
    }

    private void account(String username, String role, long departmentId, String division) {
        if (!accounts.exists(username)) {
            system.run(() -> accounts.create(new NewUser(username, "测试" + username, ActorKind.STAFF, departmentId,
                    division, null, Set.of(role), "Demo@2026".toCharArray())));
        }
    }
}
