package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditQuery;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.shiro.mgt.SecurityManager;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Process administration: every lint rule catches its case and points at the element; hostile files (an XXE
 * payload, a 50 MB file, a script task) are refused with nothing deployed; the author cannot approve their own
 * draft and a second admin's approval deploys a new version; a migration of 1,000 running filings from version N to
 * N+1 runs as a batch with its progress, and every instance lands on the mapped activity.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class ModelAdministrationProcessTest {

    static final String FILING = "processes/PermitFiling.bpmn";

    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    ModelDeployment deployment;
    @Autowired
    ModelValidator validator;
    @Autowired
    cn.gov.ln.credit.audit.AuditService audit;
    @Autowired
    MigrationService migrations;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService engineTasks;
    @Autowired
    ManagementService management;
    @Autowired
    SecurityManager securityManager;

    SignIn signIn;

    @BeforeEach
    void admins() {
        signIn = new SignIn(securityManager);
        if (!accounts.exists("procadmin2")) {
            signIn.run("sysadmin", () -> accounts.create(new NewUser("procadmin2", "第二流程管理员", ActorKind.STAFF,
                    accounts.search("procadmin", cn.gov.ln.credit.shared.PageRequest.first(1)).get(0).departmentId(),
                    null, null, Set.of(Roles.PROCESS_ADMIN), SignIn.DEMO_PASSWORD.toCharArray())));
        }
    }

    @Test
    void everyShippedModelPassesTheRules() {
        List<ModelEntry> models = signIn.call("procadmin", () -> queries.models());
        assertThat(models).extracting(ModelEntry::resourceName).contains(FILING, "processes/JointPenalty.bpmn",
                "processes/CreditRouting.dmn", "forms/task/penalty-response.form");
        for (ModelEntry model : models) {
            String content = signIn.call("procadmin", () -> queries.deployedContent(model.resourceName()));
            assertThat(validator.validate(model.resourceName(), content.getBytes(StandardCharsets.UTF_8),
                    queries.knownForms())).as(model.resourceName()).isEmpty();
        }
    }

    @Test
    void eachLintRuleCatchesItsCaseAtTheElement() {
        assertThat(rules(x -> x.replace("<bpmn:startEvent", "<bpmn:task id=\"Task_Orphan\" name=\"孤立\" />"
                + "<bpmn:startEvent"))).contains("Task_Orphan:noIncoming", "Task_Orphan:noOutgoing");
        assertThat(rules(x -> x.replace(" camunda:formKey=\"camunda-forms:deployment:forms/task/filing-review.form\"",
                ""))).contains("Task_ReviewFiling:formMissing");
        assertThat(rules(x -> x.replace("forms/task/filing-review.form", "forms/task/nothing.form")))
                .contains("Task_ReviewFiling:formUnknown");
        assertThat(rules(x -> x.replace("camunda:candidateGroups=\"INTAKE_OFFICER\"",
                "camunda:candidateGroups=\"WINDOW_CLERK\""))).contains("Task_ReviewFiling:groupUnknown");
        assertThat(rules(x -> x.replace("${overdueDelegate}", "${noSuchBean}"))).contains("Task_FlagOverdue:delegateUnknown");
        assertThat(rules(x -> x.replace("${overdueDelegate}", "${sealService}")))
                .as("a bean of the application that is no delegate").contains("Task_FlagOverdue:delegateUnknown");
        assertThat(rules(x -> x.replace("camunda:delegateExpression=\"${overdueDelegate}\"",
                "camunda:class=\"java.lang.Runtime\""))).contains("Task_FlagOverdue:classNotAllowed");
        assertThat(rules(x -> x.replaceFirst("camunda:historyTimeToLive=\"[^\"]+\"", "")))
                .contains("PermitFiling:historyTimeToLive");
        assertThat(rules(x -> x.replace("<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${papersDue}</bpmn:timeDate>",
                "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">P2X</bpmn:timeDuration>")))
                .contains("Timer_PapersDue:timerInvalid", "Timer_PapersDue:legalDeadline");
        assertThat(rules(x -> x.replace("${reviewDue}</bpmn:timeDate>", "2026-12-01T00:00:00+08:00</bpmn:timeDate>")))
                .contains("Timer_ReviewOverdue:legalDeadline");
        assertThat(rules(x -> x.replace("camunda:delegateExpression=\"${overdueDelegate}\"",
                "camunda:type=\"external\" camunda:topic=\"anything\""))).contains("Task_FlagOverdue:topicUnknown");
        assertThat(rules(x -> x.replace("id=\"PermitFiling\"", "id=\"PermitFiling2\"")))
                .contains("PermitFiling2:processIdMismatch");
    }

    @Test
    void anXxePayloadIsRefusedAtUploadAndNeverBecomesADraft() {
        long deployments = repository.createDeploymentQuery().count();
        int drafts = signIn.call("procadmin", () -> queries.countDrafts(null));
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>";
        assertThatThrownBy(() -> signIn.call("procadmin", () -> library.importModel("processes/Evil.bpmn",
                xxe.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.messageKey()).isEqualTo("model.lint.doctype");
                            assertThat(v.arguments()).containsExactly(2);
                        }));
        assertThat(validator.validate("processes/Evil.bpmn", xxe.getBytes(StandardCharsets.UTF_8), Set.of()))
                .extracting(Finding::rule).containsExactly("doctype");
        assertThat(signIn.call("procadmin", () -> queries.countDrafts(null))).isEqualTo(drafts);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void aSchemaErrorNamesTheLineOfTheFileAsUploadedAndTheElementInPrefixes() {
        String bogus = filing().replaceFirst("(<bpmn:process [^>]*>)", "$1\n<bpmn:bogus/>");
        String before = bogus.substring(0, bogus.indexOf("<bpmn:bogus/>"));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        assertThat(validator.validate(FILING, bogus.getBytes(StandardCharsets.UTF_8), queries.knownForms()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("malformedAt");
                    assertThat(f.arguments().get(0)).isEqualTo(line);
                    assertThat(f.arguments().get(1).toString()).contains("bpmn:bogus").doesNotContain("http://");
                });
    }

    @Test
    void publicModelsAreJudgedByWhatTheyMeanNotHowTheyAreWritten() {
        String written = org.camunda.bpm.model.bpmn.Bpmn.convertToString(org.camunda.bpm.model.bpmn.Bpmn
                .createExecutableProcess("order-handling").camundaHistoryTimeToLive(1).startEvent("Start")
                .userTask("Task_Check").camundaAssignee("demo").camundaCandidateGroups("APPROVAL_OFFICER")
                .camundaFormKey("camunda-forms:deployment:forms/task/filing-review.form")
                .scriptTask("Task_Script").scriptFormat("javascript").scriptText("1")
                .serviceTask("Task_External").camundaExternalTask("order-shipping").endEvent("End").done())
                .replaceAll("<(bpmn:|)(incoming|outgoing)>[^<]*</(bpmn:|)(incoming|outgoing)>", "");
        assertThat(written).doesNotContain("incoming>").contains("sourceRef");
        String withStartForm = written.replaceFirst("<(bpmn:|)startEvent id=\"Start\"",
                "$0 camunda:formKey=\"camunda-forms:app:start-form.form\"");
        List<Finding> findings = validator.validate("processes/order-handling.bpmn",
                withStartForm.getBytes(StandardCharsets.UTF_8), queries.knownForms());
        assertThat(findings).extracting(Finding::rule).as("flows named by sourceRef and targetRef connect")
                .doesNotContain("noIncoming", "noOutgoing");
        assertThat(findings).filteredOn(f -> "Task_Script".equals(f.elementId())).extracting(Finding::rule)
                .as("one script, one finding").containsExactly("scriptNotAllowed");
        assertThat(findings).extracting(f -> f.elementId() + ":" + f.rule() + ":"
                + (f.arguments().isEmpty() ? "" : f.arguments().get(0)))
                .contains("Task_Check:assigneeLiteral:demo", "Task_External:topicUnknown:order-shipping",
                        "Start:formUnknown:camunda-forms:app:start-form.form");
        ModelDraft draft = signIn.call("procadmin", () -> library.importModel("processes/order-handling.bpmn",
                written.getBytes(StandardCharsets.UTF_8), true));
        assertThat(draft.resourceName()).as("a hyphen is a process id's character").isEqualTo(
                "processes/order-handling.bpmn");
        assertThat(signIn.call("procadmin", () -> queries.validate(draft.id()))).extracting(Finding::rule)
                .doesNotContain("processIdMismatch");
        signIn.call("procadmin", () -> library.discard(draft.id()));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThatThrownBy(() -> signIn.run("procadmin", () -> library.importModel("processes/Huge.bpmn", huge)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("model.lint.tooLarge"));
        assertThat(validator.validate("processes/Huge.bpmn", huge, Set.of())).extracting(Finding::rule)
                .containsExactly("tooLarge");
    }

    @Test
    void aScriptTaskIsRefusedWhateverItsLanguageAndNothingIsDeployed() {
        long deployments = repository.createDeploymentQuery().count();
        String original = filing();
        String opening = "<bpmn:serviceTask id=\"Task_FlagOverdue\" name=\"标记超期\" "
                + "camunda:delegateExpression=\"${overdueDelegate}\">";
        int start = original.indexOf(opening);
        int end = original.indexOf("</bpmn:serviceTask>", start);
        String script = original.substring(0, start) + "<bpmn:scriptTask id=\"Task_FlagOverdue\" name=\"标记超期\" "
                + "scriptFormat=\"klingon\">" + original.substring(start + opening.length(), end)
                + "<bpmn:script>qapla()</bpmn:script></bpmn:scriptTask>"
                + original.substring(end + "</bpmn:serviceTask>".length());
        assertThat(validator.validate(FILING, script.getBytes(StandardCharsets.UTF_8), queries.knownForms()))
                .extracting(f -> f.elementId() + ":" + f.rule()).contains("Task_FlagOverdue:scriptNotAllowed");
        ModelDraft draft = signIn.call("procadmin", () -> library.openDraft(FILING));
        try {
            signIn.run("procadmin", () -> library.save(draft.id(), script));
            assertThatThrownBy(() -> signIn.run("procadmin", () -> deployment.submit(draft.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).contains("Task_FlagOverdue"));
            assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        } finally {
            signIn.run("procadmin", () -> library.save(draft.id(), filing()));
        }
    }

    @Test
    void theAuthorCannotApproveASecondAdminDeploysAndRunningFilingsMigrate() {
        ProcessDefinition before = repository.createProcessDefinitionQuery().processDefinitionKey("PermitFiling")
                .latestVersion().singleResult();
        List<String> instances = new java.util.ArrayList<>();
        Date due = new Date(System.currentTimeMillis() + 30L * 24 * 3600 * 1000);
        for (int i = 0; i < 1000; i++) {
            instances.add(runtime.createProcessInstanceById(before.getId()).businessKey("MIG" + i)
                    .setVariable("filingId", -1L - i).setVariable("reviewDue", due)
                    .startBeforeActivity("Task_ReviewFiling").execute().getId());
        }

        int objection = repository.createProcessDefinitionQuery().processDefinitionKey("Objection").latestVersion()
                .singleResult().getVersion();
        ModelDraft draft = signIn.call("procadmin", () -> library.openDraft(FILING));
        String renamed = filing().replace("name=\"受理审查\"", "name=\"受理审查（新版）\"");
        signIn.run("procadmin", () -> library.save(draft.id(), renamed));
        assertThat(signIn.call("procadmin", () -> queries.diff(draft.id()))).anySatisfy(c -> {
            assertThat(c.elementId()).isEqualTo("Task_ReviewFiling");
            assertThat(c.attribute()).isEqualTo("name");
            assertThat(c.after()).isEqualTo("受理审查（新版）");
        });
        signIn.run("procadmin", () -> deployment.submit(draft.id()));
        assertThatThrownBy(() -> signIn.run("procadmin", () -> deployment.review(draft.id(), true, "自己批")))
                .isInstanceOf(ConflictException.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("PermitFiling").latestVersion()
                .singleResult().getId()).isEqualTo(before.getId());

        ModelDraft deployed = signIn.call("procadmin2", () -> deployment.review(draft.id(), true, "同意"));
        assertThat(deployed.status()).isEqualTo(ModelDraft.DraftStatus.DEPLOYED);
        assertThat(deployed.deploymentId()).isNotNull();
        ProcessDefinition after = repository.createProcessDefinitionQuery().processDefinitionKey("PermitFiling")
                .latestVersion().singleResult();
        assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(repository.getResourceAsStream(after.getDeploymentId(), "forms/task/filing-review.form"))
                .as("the new version has its forms").isNotNull();
        assertThat(repository.getDeploymentResourceNames(after.getDeploymentId()))
                .as("the reviewed model and the forms it names, nothing else")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(FILING),
                        ModelLibraryQueries.formsOf(renamed).stream()).toList());
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Objection").latestVersion()
                .singleResult().getVersion()).as("an unchanged process keeps its version").isEqualTo(objection);

        MigrationReport report = signIn.call("procadmin", () -> migrations.plan(before.getId(), after.getId()));
        assertThat(report.valid()).isTrue();
        assertThat(report.mappings()).extracting(MigrationReport.Mapping::sourceActivityId).contains("Task_ReviewFiling");
        String batch = signIn.call("procadmin", () -> migrations.migrate(before.getId(), after.getId(), null));
        runBatch(batch);
        BatchProgress progress = signIn.call("procadmin", () -> migrations.progress(batch));
        assertThat(progress.finished() || progress.completed() == progress.total()).isTrue();
        assertThat(progress.failed()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(Set.copyOf(instances))
                .processDefinitionId(after.getId()).count()).isEqualTo(1000);
        assertThat(engineTasks.createTaskQuery().processDefinitionId(after.getId()).taskDefinitionKey(
                "Task_ReviewFiling").processInstanceBusinessKeyLike("MIG%").count()).isEqualTo(1000);
        instances.forEach(id -> runtime.deleteProcessInstance(id, "test"));
        // the other process tests of this context start filings on the shipped model
        DeploymentGate.through("test", repository.createDeployment().name(ModelDeployment.ADMIN_DEPLOYMENT)
                .addDeploymentResources(before.getDeploymentId())::deploy);
    }

    @Test
    void aDecisionTableChangeDeploysThatTableAloneAndTheLibraryShowsNewVersionsOnlyForIt() {
        String sampling = "processes/VerificationSampling.dmn";
        Map<String, Integer> versionsBefore = versionCounts();
        ModelDraft draft = signIn.call("procadmin", () -> library.openDraft(sampling));
        String content = signIn.call("procadmin", () -> queries.deployedContent(sampling));
        String changed = content.replaceFirst("<decision id=\"VerificationSampling\" name=\"([^\"]*)\"",
                "<decision id=\"VerificationSampling\" name=\"$1（复核）\"");
        assertThat(changed).isNotEqualTo(content);
        signIn.run("procadmin", () -> library.save(draft.id(), changed));
        signIn.run("procadmin", () -> deployment.submit(draft.id()));
        ModelDraft deployed = signIn.call("procadmin2", () -> deployment.review(draft.id(), true, "同意"));

        assertThat(repository.getDeploymentResourceNames(deployed.deploymentId())).containsExactly(sampling);
        Map<String, Integer> versionsAfter = versionCounts();
        versionsBefore.forEach((name, count) -> assertThat(versionsAfter.get(name)).as(name)
                .isEqualTo(name.equals(sampling) ? count + 1 : count));
        assertThat(signIn.call("procadmin", () -> queries.deployedContent(sampling))).isEqualTo(changed);
        assertThat(signIn.call("procadmin", () -> queries.deployedContent(FILING))).as("others run as they were")
                .isEqualTo(filing());
    }

    @Test
    void anImportUnderADraftsNameAsksFirstAndADiscardedDraftLeavesTheListAudited() {
        String name = "processes/ImportProbe.bpmn";
        String model = org.camunda.bpm.model.bpmn.Bpmn.convertToString(org.camunda.bpm.model.bpmn.Bpmn
                .createExecutableProcess("ImportProbe").camundaHistoryTimeToLive(1).startEvent().endEvent().done());
        ModelDraft first = signIn.call("procadmin", () -> library.importModel(name, model.getBytes(
                StandardCharsets.UTF_8)));
        String second = model.replace("ImportProbe\"", "ImportProbe\" name=\"第二版\"");
        assertThatThrownBy(() -> signIn.call("procadmin2", () -> library.importModel(name,
                second.getBytes(StandardCharsets.UTF_8)))).isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.model.importConflict");
                    assertThat(e.arguments()).containsExactly(name, "procadmin");
                });
        assertThat(signIn.call("procadmin", () -> queries.draft(first.id())).content()).isEqualTo(model);
        ModelDraft replaced = signIn.call("procadmin2", () -> library.importModel(name,
                second.getBytes(StandardCharsets.UTF_8), true));
        assertThat(replaced.id()).isEqualTo(first.id());
        assertThat(replaced.content()).isEqualTo(second);

        assertThat(signIn.call("procadmin", () -> queries.drafts("importprobe", 0, 10))).extracting(ModelDraft::id)
                .containsExactly(first.id());
        assertThat(signIn.call("procadmin", () -> queries.drafts("no such model 100%", 0, 10))).isEmpty();
        ModelDraft discarded = signIn.call("procadmin", () -> library.discard(first.id()));
        assertThat(discarded.status()).isEqualTo(ModelDraft.DraftStatus.DISCARDED);
        assertThatThrownBy(() -> signIn.call("procadmin", () -> library.discard(first.id())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> signIn.call("procadmin", () -> library.save(first.id(), model)))
                .isInstanceOf(ConflictException.class);
        ModelDraft fresh = signIn.call("procadmin", () -> library.importModel(name, model.getBytes(
                StandardCharsets.UTF_8)));
        assertThat(fresh.id()).as("a discarded draft no longer holds the name").isNotEqualTo(first.id());
        signIn.call("procadmin", () -> library.discard(fresh.id()));
        assertThat(signIn.call("sysadmin", () -> audit.search(new AuditQuery("procadmin",
                AuditActions.MODEL_DISCARDED, null, null), cn.gov.ln.credit.shared.PageRequest.first(10))))
                .extracting(cn.gov.ln.credit.audit.AuditEvent::targetId, cn.gov.ln.credit.audit.AuditEvent::detail)
                .contains(org.assertj.core.api.Assertions.tuple(String.valueOf(first.id()), name));
    }

    private Map<String, Integer> versionCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        signIn.call("procadmin", () -> queries.models()).forEach(m -> counts.put(m.resourceName(),
                m.versions().size()));
        return counts;
    }

    @Test
    void instancesWaitingAtARenamedActivityNeedTheAdminsMappingAndOnlyTheSelectedMove() {
        String v1 = deploySmall("Task_Check");
        List<String> instances = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(runtime.startProcessInstanceById(v1, "RENAME-" + i).getId());
        }
        String v2 = deploySmall("Task_Verify");
        try {
            MigrationReport report = signIn.call("procadmin", () -> migrations.plan(v1, v2));
            assertThat(report.valid()).isFalse();
            assertThat(report.problems()).singleElement().satisfies(p -> {
                assertThat(p.activityId()).isEqualTo("Task_Check");
                assertThat(p.waiting()).isEqualTo(4);
            });
            assertThat(report.targetActivities()).contains("Task_Verify");
            assertThatThrownBy(() -> signIn.run("procadmin", () -> migrations.migrate(v1, v2, null)))
                    .isInstanceOf(ValidationException.class).satisfies(e -> assertThat(((ValidationException) e)
                            .violations()).extracting(FieldViolation::field).containsExactly("mapping"));
            assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1).count()).as("nothing moved")
                    .isEqualTo(4);

            Map<String, String> chosen = Map.of("Task_Check", "Task_Verify");
            assertThat(signIn.call("procadmin", () -> migrations.plan(v1, v2, chosen)).valid()).isTrue();
            assertThat(signIn.call("procadmin", () -> migrations.instances(v1, 10)))
                    .extracting(MigrationService.RunningInstance::activities).containsOnly(List.of("Task_Check"));
            assertThatThrownBy(() -> signIn.run("procadmin", () -> migrations.migrate(v2, v1, chosen,
                    List.of(instances.get(0))))).as("instances of another version are refused")
                    .isInstanceOf(RuntimeException.class);
            runBatch(signIn.call("procadmin", () -> migrations.migrate(v1, v2, chosen, instances.subList(0, 2))));
            assertThat(engineTasks.createTaskQuery().processDefinitionId(v2).taskDefinitionKey("Task_Verify").list())
                    .extracting(t -> t.getProcessInstanceId()).containsExactlyInAnyOrderElementsOf(instances.subList(0, 2));
            assertThat(runtime.createProcessInstanceQuery().processDefinitionId(v1).count()).isEqualTo(2);
        } finally {
            instances.forEach(id -> runtime.deleteProcessInstance(id, "test"));
        }
    }

    private String deploySmall(String taskId) {
        var model = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("RenameProbe").camundaHistoryTimeToLive(1)
                .startEvent().userTask(taskId).endEvent().done();
        String deployment = DeploymentGate.through("test",
                repository.createDeployment().addModelInstance("RenameProbe.bpmn", model)::deploy).getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId();
    }

    private void runBatch(String batchId) {
        for (int round = 0; round < 200; round++) {
            List<Job> jobs = management.createJobQuery().executable().list().stream()
                    .filter(j -> j.getProcessInstanceId() == null).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private List<String> rules(UnaryOperator<String> change) {
        return validator.validate(FILING, change.apply(filing()).getBytes(StandardCharsets.UTF_8),
                queries.knownForms()).stream().map(f -> f.elementId() + ":" + f.rule()).toList();
    }

    private String filing() {
        return signIn.call("procadmin", () -> queries.deployedContent(FILING));
    }
}
