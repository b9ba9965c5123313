package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.testing.core.CoreTestApplication;
import cn.gov.ln.testing.SignIn;
import cn.gov.ln.testing.models.HostileModels;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The hostile corpus ({@link HostileModels}): every model in it is refused by the model library's rules with the
 * element and the rule named, as a draft it cannot be submitted; every file that is not a model is refused at
 * upload and stored nowhere; and none of the attacks runs when forced into the engine past the library (here
 * through the deployment gate, as if a reviewer had approved it).
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class HostileModelsProcessTest {

    @Autowired
    ModelValidator validator;
    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    ModelDeployment deployment;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DecisionService decisions;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;

    SignIn signIn;

    static Stream<HostileModels.Case> models() {
        return HostileModels.models().stream();
    }

    static Stream<HostileModels.Case> attacks() {
        return HostileModels.models().stream().filter(HostileModels.Case::attack);
    }

    static Stream<HostileModels.NotAModel> notModels() {
        return HostileModels.notModels().stream();
    }

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        signIn = new SignIn(securityManager);
    }

    @AfterEach
    void removeForcedDeploymentsAndDrafts() {
        for (String key : List.of("Hostile", "HostileTable")) {
            for (Deployment deployment : repository.createDeploymentQuery().deploymentName("forced-" + key).list()) {
                DeploymentGate.through("test clean-up", () -> {
                    repository.deleteDeployment(deployment.getId(), true);
                    return null;
                });
            }
        }
        System.clearProperty(HostileModels.MARKER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theRulesNameTheElementAndNoDraftOfItCanBeSubmitted(HostileModels.Case hostile) {
        assertThat(validator.validate(hostile.resourceName(), hostile.bytes(), queries.knownForms()))
                .as(hostile.name()).anySatisfy(finding -> {
                    assertThat(finding.elementId()).isEqualTo(hostile.element());
                    assertThat(finding.rule()).isEqualTo(hostile.rule());
                });
        ModelDraft draft = signIn.call("procadmin", () -> library.importModel(hostile.resourceName(),
                hostile.bytes()));
        try {
            assertThat(signIn.call("procadmin", () -> queries.validate(draft.id()))).anySatisfy(finding ->
                    assertThat(finding.elementId() + ":" + finding.rule()).isEqualTo(hostile.element() + ":"
                            + hostile.rule()));
            assertThatThrownBy(() -> signIn.call("procadmin", () -> deployment.submit(draft.id())))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> assertThat(v.field()).isEqualTo(hostile.element())));
        } finally {
            signIn.call("procadmin", () -> library.discard(draft.id()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notModels")
    void aFileThatIsNotAModelIsRefusedAtUploadAndStoredNowhere(HostileModels.NotAModel file) {
        int drafts = signIn.call("procadmin", () -> queries.countDrafts(null));
        assertThatThrownBy(() -> signIn.call("procadmin", () -> library.importModel(file.resourceName(),
                file.bytes()))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.messageKey()).isEqualTo(file.messageKey());
                        }));
        assertThat(signIn.call("procadmin", () -> queries.countDrafts(null))).isEqualTo(drafts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void noAttackRunsWhenForcedIntoTheEngine(HostileModels.Case hostile) {
        Throwable refused = null;
        try {
            DeploymentGate.through("test", repository.createDeployment().name("forced-" + hostile.key())
                    .addString(hostile.resourceName(), hostile.content())::deploy);
            if (hostile.resourceName().endsWith(".dmn")) {
                decisions.evaluateDecisionByKey(hostile.key()).variables(Map.of("amount", 5)).evaluate();
            } else {
                runtime.startProcessInstanceByKey(hostile.key(), Map.of("amount", 5));
            }
        } catch (RuntimeException e) {
            refused = e;
        }
        assertThat(System.getProperty(HostileModels.MARKER)).as(hostile.name()).isNull();
        assertThat(refused).as(hostile.name() + ": the engine ran it without a word").isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(hostile.key()).count()).isZero();
    }
}
