package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.modeladmin.ModelDraft;
import cn.gov.ln.credit.modeladmin.ModelEntry;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The second administrator's review sees what a model file changes however it is hidden: a listener added inside
 * extension elements shows as a change of its element, marked on the diagram; and a model imported through the
 * screen and approved is deployed alone, every other model keeping its version.
 */
@WebIntegrationTest
class ModelReviewBrowserIT {

    private static final String FILING = "processes/PermitFiling.bpmn";
    private static final String SAMPLING = "processes/VerificationSampling.dmn";

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DepartmentService departments;
    @Autowired
    SystemRunner system;
    @Autowired
    RepositoryService repository;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    SecurityManager securityManager;

    SignIn signIn;

    @BeforeEach
    void secondAdmin() {
        signIn = new SignIn(securityManager);
        system.run(() -> {
            if (!accounts.exists("procadmin2")) {
                accounts.create(new NewUser("procadmin2", "第二流程管理员", ActorKind.STAFF,
                        departments.findByCode("210000-BUSINESS_ENVIRONMENT").orElseThrow().id(), null, null,
                        Set.of(Roles.PROCESS_ADMIN), SignIn.DEMO_PASSWORD.toCharArray()));
            }
        });
    }

    @Test
    void aListenerHiddenInExtensionElementsShowsOnTheReviewAndTheDiagram() throws IOException {
        String running = signIn.call("procadmin", () -> queries.deployedContent(FILING));
        String hidden = running.replaceFirst("(<bpmn:userTask id=\"Task_ReviewFiling\"[^>]*>)",
                "$1<bpmn:extensionElements><camunda:executionListener event=\"end\" "
                        + "expression=\"\\${execution.setVariable('reviewedAt', now())}\"/></bpmn:extensionElements>");
        long draftId = importThroughTheScreen("procadmin", "PermitFiling.bpmn", hidden, FILING);
        submit(draftId);
        try (BrowserSession reviewer = BrowserSession.signedIn(port, "procadmin2")) {
            reviewer.open("/admin/models/review/" + draftId);
            reviewer.awaitText(By.id("changes-grid"), "camunda:executionListener[end]@expression");
            assertThat(reviewer.driver().findElement(By.id("changes-grid")).getText()).contains("Task_ReviewFiling")
                    .contains("${execution.setVariable('reviewedAt', now())}");
            WebElement diagram = reviewer.await(By.cssSelector("#review-diagram[data-rendered='true']"));
            assertThat(diagram.getAttribute("data-changed").split(" ")).containsExactly("Task_ReviewFiling");
            assertThat(reviewer.driver().findElements(By.cssSelector("#review-diagram .djs-element.changed")))
                    .as("the changed task is drawn marked").hasSize(1);
            reviewer.screenshot("model-review-hidden-listener");
            reviewer.await(By.cssSelector("#review-comment textarea")).sendKeys("监听器未说明用途", Keys.TAB);
            reviewer.click(By.id("review-reject"));
            reviewer.awaitText(By.id("review-status"), "已退回");
        }
        try (BrowserSession author = BrowserSession.signedIn(port, "procadmin")) {
            author.open("/admin/models");
            author.await(By.cssSelector("#drafts-search input")).sendKeys("permitfiling", Keys.TAB);
            author.awaitText(By.id("drafts-grid"), "已退回");
            // the search refreshes the grid's rows (and their buttons) when the server has it: click until it lands
            author.until(Duration.ofSeconds(15), Duration.ofSeconds(1), d -> {
                author.click(By.id("discard-" + draftId));
                return signIn.call("procadmin", () -> queries.draft(draftId)).status()
                        == ModelDraft.DraftStatus.DISCARDED;
            });
            author.awaitText(By.id("drafts-grid"), "已放弃");
        }
        assertThat(signIn.call("procadmin", () -> queries.draft(draftId)).status())
                .isEqualTo(ModelDraft.DraftStatus.DISCARDED);
    }

    @Test
    void aTableImportedThroughTheScreenIsDeployedAloneAndTheOthersKeepTheirVersions() throws IOException {
        Map<String, Integer> before = versions();
        String running = signIn.call("procadmin", () -> queries.deployedContent(SAMPLING));
        String renamed = running.replaceFirst("<decision id=\"VerificationSampling\" name=\"([^\"]*)\"",
                "<decision id=\"VerificationSampling\" name=\"$1（浏览器导入）\"");
        assertThat(renamed).isNotEqualTo(running);
        long draftId = importThroughTheScreen("procadmin", "VerificationSampling.dmn", renamed, SAMPLING);
        submit(draftId);
        try (BrowserSession reviewer = BrowserSession.signedIn(port, "procadmin2")) {
            reviewer.open("/admin/models/review/" + draftId);
            reviewer.awaitText(By.id("changes-grid"), "（浏览器导入）");
            reviewer.click(By.id("review-approve"));
            reviewer.awaitText(By.id("review-status"), "已部署");
        }
        ModelDraft deployed = signIn.call("procadmin", () -> queries.draft(draftId));
        assertThat(repository.getDeploymentResourceNames(deployed.deploymentId())).containsExactly(SAMPLING);
        Map<String, Integer> after = versions();
        before.forEach((name, count) -> assertThat(after.get(name)).as(name)
                .isEqualTo(name.equals(SAMPLING) ? count + 1 : count));
    }

    private void submit(long draftId) throws IOException {
        try (BrowserSession author = BrowserSession.signedIn(port, "procadmin")) {
            author.open("/admin/models/drafts/" + draftId);
            author.click(By.id("draft-submit"));
            // Submitting saves, validates and starts the review; right after start-up the job executor is still
            // issuing the demo penalty case's notices (a sealed PDF per department), so allow it more time.
            author.screenshotOnFailure("draft-not-submitted", () -> author.until(Duration.ofSeconds(90),
                    d -> d.findElement(By.id("draft-status")).getText().contains("待审核")));
        }
    }

    private long importThroughTheScreen(String username, String fileName, String content, String resourceName)
            throws IOException {
        try (BrowserSession admin = BrowserSession.signedIn(port, username)) {
            ModelScreens.importFile(admin, fileName, content, resourceName);
            admin.awaitUrlMatching(".*/admin/models/drafts/\\d+$");
            long draftId = Long.parseLong(admin.driver().getCurrentUrl().replaceAll(".*/", ""));
            assertThat(signIn.call(username, () -> queries.draft(draftId)).content()).as("kept as uploaded")
                    .isEqualTo(content);
            return draftId;
        }
    }

    private Map<String, Integer> versions() {
        Map<String, Integer> versions = new TreeMap<>();
        for (ModelEntry model : signIn.call("procadmin", () -> queries.models())) {
            versions.put(model.resourceName(), model.versions().size());
        }
        return versions;
    }
}
