package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.webapp.i18n.LocaleSelection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every demo role signs in with a real browser and sees the shell in Chinese, with the menu their role allows. */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserIT {

    record Role(String username, String displayName, String menuItem, String absentMenuItem) {
    }

    static final List<Role> ROLES = List.of(
            new Role("sysadmin", "周海涛", "用户管理", "我的信用"),
            new Role("procadmin", "刘思远", "流程监控（Cockpit）", "信用主体"),
            new Role("intake", "陈晓燕", "信用主体", "用户管理"),
            new Role("approver", "李志强", "信用名单", "审计日志"),
            new Role("verifier", "赵雪峰", "信用主体", "代码白名单"),
            new Role("creditofficer", "孙丽娟", "信用名单", "用户管理"),
            new Role("liaison", "吴鹏飞", "信用主体", "成员单位"),
            new Role("applicant", "沈阳辽信科技有限公司", "签署承诺", "信用主体"),
            new Role("citizen", "张明", "我的信用", "信用名单"));

    @LocalServerPort
    int port;
    BrowserSession browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new BrowserSession(port);
    }

    @AfterAll
    void stopBrowser() throws Exception {
        browser.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleSeesTheChineseShell() {
        return ROLES.stream().map(role -> DynamicTest.dynamicTest(role.username(), () -> {
            WebElement title = browser.signInAs(role.username());
            assertThat(title.getText()).isEqualTo("辽宁省信用承诺与审批系统");
            browser.awaitText(By.cssSelector(".user-name"), role.displayName());
            String menu = browser.await(By.cssSelector(".side-navigation")).getText();
            assertThat(menu).contains(role.menuItem()).doesNotContain(role.absentMenuItem());
            browser.screenshot("shell-" + role.username());
            browser.logout();
        }));
    }

    record Screen(String username, String path, String gridId) {
    }

    @TestFactory
    Stream<DynamicTest> everyScreenRendersItsData() {
        List<Screen> screens = List.of(
                new Screen("intake", "/subjects", "subjects-grid"),
                new Screen("intake", "/lists", "lists-grid"),
                new Screen("sysadmin", "/admin/users", "users-grid"),
                new Screen("sysadmin", "/admin/departments", "departments-grid"),
                new Screen("sysadmin", "/admin/calendar", "calendar-grid"),
                new Screen("sysadmin", "/admin/audit", "audit-grid"),
                new Screen("applicant", "/my-credit", "grade-history"),
                new Screen("applicant", "/my-pledges", "my-pledges-list"),
                new Screen("intake", "/pledges", "pledges-grid"),
                new Screen("sysadmin", "/admin/templates", "templates-grid"));
        return screens.stream().map(screen -> DynamicTest.dynamicTest(screen.username() + " " + screen.path(),
                () -> {
                    browser.signInAs(screen.username());
                    browser.open(screen.path());
                    browser.await(By.cssSelector("#" + screen.gridId() + " vaadin-grid-cell-content, #"
                            + screen.gridId() + " .record-card"));
                    browser.screenshot("screen-" + screen.path().substring(1).replace('/', '-'));
                    assertThat(browser.driver().getPageSource()).doesNotContain("!admin.").doesNotContain("!app.");
                    browser.logout();
                }));
    }

    @Test
    void anAdministratorReVerifiesThePledgeRegistry() {
        browser.signInAs("sysadmin");
        browser.open("/admin/registry");
        browser.await(By.id("registry-verify")).click();
        WebElement result = browser.await(By.cssSelector("#registry-result[data-intact]"));
        assertThat(result.getAttribute("data-intact")).isEqualTo("true");
        browser.logout();
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        browser.signInAs("intake");
        String session = browser.driver().manage().getCookieNamed("CREDIT_SESSION").getValue();
        RawHttp http = new RawHttp(port);
        assertThat(http.get("/subjects", RawHttp.cookie(session)).status()).isEqualTo(200);
        browser.logout();
        RawHttp.Response after = http.get("/subjects", RawHttp.cookie(session));
        assertThat(after.status()).as("the signed-out session id is worthless").isEqualTo(302);
        assertThat(after.header("Location")).contains("/login");
    }

    @Test
    void theLoginPageSpeaksChineseAndExplainsAFailure() {
        browser.open("/login");
        browser.driver().manage().deleteCookieNamed(LocaleSelection.COOKIE);
        browser.open("/login");
        assertThat(browser.await(By.cssSelector("h1.login-title")).getText()).isEqualTo("辽宁省信用承诺与审批系统");
        browser.login("intake", "wrong-password");
        browser.awaitUrlEnding("/login?error=invalid");
        browser.awaitText(By.cssSelector("vaadin-login-form"), "用户名或密码错误");
    }

    @Test
    void theLanguageCanBeSwitchedToEnglish() throws Exception {
        browser.signInAs("creditofficer");
        try {
            browser.screenshot("workbench");
            browser.click(By.cssSelector("vaadin-select.language-switch"));
            browser.click(BrowserSession.selectItem("English"));
            browser.awaitText(By.cssSelector("h1.app-title"), "Liaoning Credit Pledge and Approval System");
            browser.click(By.cssSelector("vaadin-select.language-switch"));
            browser.click(BrowserSession.selectItem("简体中文"));
            browser.awaitText(By.cssSelector("h1.app-title"), "辽宁省信用承诺与审批系统");
            browser.logout();
        } finally {
            browser.driver().manage().deleteCookieNamed(LocaleSelection.COOKIE);
        }
    }
}
