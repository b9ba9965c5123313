package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.modeladmin.ModelDeployment;
import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.security.SystemRunner;
import cn.gov.ln.testing.SignIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Process administration in the browser: a process admin opens the filing process in the modeler, changes an
 * element through the properties panel, checks the rules and the diff and submits; the same admin cannot approve;
 * a second admin approves and the new version is deployed; running filings of the old version are migrated from the
 * migration screen, and new filings follow the new version.
 */
@WebIntegrationTest
class ModelAdminBrowserIT {

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
    RuntimeService runtime;
    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;

    @Test
    void aDraftIsEditedReviewedByASecondAdminDeployedAndRunningFilingsMigrated() throws Exception {
        system.run(() -> {
            if (!accounts.exists("procadmin2")) {
                accounts.create(new NewUser("procadmin2", "第二流程管理员", ActorKind.STAFF,
                        departments.findByCode("210000-BUSINESS_ENVIRONMENT").orElseThrow().id(), null, null,
                        Set.of(Roles.PROCESS_ADMIN), SignIn.DEMO_PASSWORD.toCharArray()));
            }
        });
        ProcessDefinition before = latest();
        List<String> running = new ArrayList<>();
        Date due = new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
        for (int i = 0; i < 3; i++) {
            running.add(runtime.createProcessInstanceById(before.getId()).businessKey("ADMIN-MIG-" + i)
                    .setVariable("filingId", -100L - i).setVariable("reviewDue", due)
                    .startBeforeActivity("Task_ReviewFiling").execute().getId());
        }
        try {
            long draftId;
            try (BrowserSession admin = BrowserSession.signedIn(port, "procadmin")) {
                admin.open("/admin/models");
                admin.click(By.id("edit-PermitFiling"));
                admin.awaitUrlMatching(".*/admin/models/drafts/\\d+$");
                draftId = Long.parseLong(admin.driver().getCurrentUrl().replaceAll(".*/", ""));
                WebElement editor = admin.await(ModelScreens.EDITOR_READY);
                admin.script("const m = arguments[0]._modeler; "
                        + "m.get('selection').select(m.get('elementRegistry').get('Task_FlagOverdue'));", editor);
                admin.script("const m = arguments[0]._modeler; "
                        + "const modeling = m.get('modeling'); const registry = m.get('elementRegistry'); "
                        + "const notify = registry.get('Task_NotifyApplicant'); const end = registry.get('EndEvent_FilingDecided'); "
                        + "modeling.removeConnection(registry.get('Flow_Notified')); "
                        + "const task = modeling.appendShape(notify, {type: 'bpmn:UserTask'}, "
                        + "{x: notify.x + notify.width / 2, y: notify.y + 160}); "
                        + "modeling.connect(task, end); "
                        + "modeling.updateProperties(task, {id: 'Task_ArchiveFiling', name: '归档', "
                        + "'camunda:candidateGroups': 'INTAKE_OFFICER', "
                        + "'camunda:formKey': 'camunda-forms:deployment:forms/task/supply-papers.form'}); "
                        + "m.get('selection').select(registry.get('Timer_ReviewOverdue'));", editor);
                WebElement timer = admin.awaitValue(By.cssSelector("#property-timer input"), "${reviewDue}");
                timer.sendKeys(Keys.chord(Keys.CONTROL, "a"), "P3D", Keys.TAB);
                admin.click(By.id("draft-validate"));
                admin.awaitText(By.id("findings-grid"), "Timer_ReviewOverdue");
                assertThat(admin.driver().findElement(By.id("findings-grid")).getText()).contains("法定期限");
                timer = admin.awaitValue(By.cssSelector("#property-timer input"), "P3D");
                timer.sendKeys(Keys.chord(Keys.CONTROL, "a"), "${reviewDue}", Keys.TAB);
                admin.awaitValue(By.cssSelector("#property-timer input"), "${reviewDue}");
                admin.script("const m = arguments[0]._modeler; "
                        + "m.get('selection').select(m.get('elementRegistry').get('Task_FlagOverdue'));", editor);
                WebElement name = admin.awaitValue(By.cssSelector("#property-name input"), "标记超期");
                name.sendKeys(Keys.END, "（超过法定期限）", Keys.TAB);
                admin.screenshot("model-editor");
                admin.click(By.id("draft-validate"));
                admin.await(By.id("findings-none"));
                admin.click(By.id("draft-diff"));
                admin.awaitText(By.id("changes-grid"), "标记超期（超过法定期限）");
                assertThat(admin.driver().findElement(By.id("changes-grid")).getText()).contains("Task_ArchiveFiling");
                admin.click(By.id("draft-submit"));
                admin.awaitText(By.id("draft-status"), "待审核");

                admin.open("/admin/models/review/" + draftId);
                admin.click(By.id("review-approve"));
                // the click is handled once the screen answers it with a notification (deployed, or why not);
                // an approval deploys within that same request
                admin.await(By.tagName("vaadin-notification-card"));
                assertThat(latest().getId()).as("the author cannot approve").isEqualTo(before.getId());
            }
            try (BrowserSession second = BrowserSession.signedIn(port, "procadmin2")) {
                second.open("/admin/models/review/" + draftId);
                second.awaitText(By.id("changes-grid"), "Task_FlagOverdue");
                second.await(By.cssSelector("#review-comment textarea")).sendKeys("同意，措辞更准确", Keys.TAB);
                second.click(By.id("review-approve"));
                second.awaitText(By.id("review-status"), "已部署");
            }
            ProcessDefinition after = latest();
            assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);

            try (BrowserSession second = BrowserSession.signedIn(port, "procadmin2")) {
                second.open("/admin/models/migrate/PermitFiling");
                second.click(By.id("migration-plan"));
                second.awaitText(By.id("migration-report"), "迁移计划可执行");
                second.awaitText(By.id("migration-instances"), "Task_ReviewFiling");
                long waiting = runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count();
                WebElement firstRow = second.driver().findElements(By.cssSelector("#migration-instances vaadin-checkbox"))
                        .stream().filter(c -> !"selectAllCheckbox".equals(c.getAttribute("id"))
                                && c.getAttribute("aria-label") == null).findFirst().orElseThrow();
                second.script("arguments[0].click();", firstRow);
                second.click(By.id("migration-start-selected"));
                second.until(Duration.ofSeconds(60), d -> d.findElement(
                        By.id("migration-progress")).getText().contains("迁移完成"));
                assertThat(runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count())
                        .as("only the selected instance moved").isEqualTo(waiting - 1);
                second.click(By.id("migration-start"));
                second.until(Duration.ofSeconds(60), d -> runtime
                        .createProcessInstanceQuery().processInstanceIds(Set.copyOf(running))
                        .processDefinitionId(latest().getId()).count() == 3 && d.findElement(
                        By.id("migration-progress")).getText().contains("迁移完成"));
                second.screenshot("model-migration");
            }
            assertThat(runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(running))
                    .processDefinitionId(after.getId()).count()).isEqualTo(3);
            var fresh = runtime.createProcessInstanceByKey("PermitFiling").businessKey("ADMIN-NEW")
                    .setVariable("filingId", -200L).setVariable("reviewDue", due).startBeforeActivity("Task_ReviewFiling")
                    .execute();
            running.add(fresh.getId());
            assertThat(fresh.getProcessDefinitionId()).as("new filings follow the new version")
                    .isEqualTo(after.getId());
            assertThat((Object) repository.getBpmnModelInstance(after.getId()).getModelElementById("Task_ArchiveFiling"))
                    .as("the added user task").isNotNull();
        } finally {
            running.forEach(id -> {
                if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                    runtime.deleteProcessInstance(id, "test");
                }
            });
            DeploymentGate.through("test", repository.createDeployment().name(ModelDeployment.ADMIN_DEPLOYMENT)
                    .addDeploymentResources(before.getDeploymentId())::deploy);
        }
    }

    @Test
    void theModelerRoundTripsEveryProcessAndTableWithoutLosingAnElementOrAttribute() throws Exception {
        try (BrowserSession admin = BrowserSession.signedIn(port, "procadmin")) {
            for (String resource : List.of("processes/PledgeVerification.bpmn", "processes/JointPenalty.bpmn",
                    "processes/BreachDetermination.bpmn", "processes/Objection.bpmn", "processes/CreditRouting.dmn")) {
                long draftId = new SignIn(securityManager).call("procadmin", () -> library.openDraft(resource).id());
                admin.open("/admin/models/drafts/" + draftId);
                WebElement editor = admin.await(ModelScreens.EDITOR_READY);
                assertThat(admin.driver().findElements(By.id("editor-warnings"))).as(resource + " is kept whole")
                        .isEmpty();
                Object exported = admin.asyncScript(
                        "const done = arguments[arguments.length - 1]; arguments[0]._export().then(done);", editor);
                String original = new SignIn(securityManager).call("procadmin",
                        () -> queries.deployedContent(resource));
                assertThat(cn.gov.ln.credit.modeladmin.ModelDiff.diff(
                        original.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        exported.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .as(resource + " after the modeler").isEmpty();
            }
            long formDraft = new SignIn(securityManager).call("procadmin",
                    () -> library.openDraft("forms/task/penalty-response.form").id());
            admin.open("/admin/models/drafts/" + formDraft);
            WebElement formEditor = admin.await(ModelScreens.EDITOR_READY);
            assertThat(admin.driver().findElements(By.id("editor-warnings"))).as("the form is kept whole").isEmpty();
            Object schema = admin.asyncScript(
                    "const done = arguments[arguments.length - 1]; arguments[0]._export().then(done);", formEditor);
            String original = new SignIn(securityManager).call("procadmin",
                    () -> queries.deployedContent("forms/task/penalty-response.form"));
            assertThat(cn.gov.ln.credit.modeladmin.ModelDiff.diffForms(
                    original.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    schema.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .as("the form editor keeps every field").noneMatch(c -> c.kind()
                            != cn.gov.ln.credit.modeladmin.ModelChange.Kind.CHANGED);
        }
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("PermitFiling").latestVersion()
                .singleResult();
    }
}
