package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.testing.core.CoreTestApplication;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The model library is the only way a model reaches the engine: the engine's Java API refuses to deploy, delete or
 * change a model from anywhere else (the REST API and Cockpit end up here too), also when a model's own expression
 * reaches the engine's services. The product's doors still work.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class DeploymentGateProcessTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    private static BpmnModelInstance probe(String id) {
        return Bpmn.createExecutableProcess(id).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait")
                .endEvent().done();
    }

    @Test
    void theJavaApiRefusesEveryModelChangeOutsideTheGate() {
        long deployments = repository.createDeploymentQuery().count();
        assertThatThrownBy(() -> repository.createDeployment().addModelInstance("Probe.bpmn", probe("GateProbe"))
                .deploy()).isInstanceOf(AuthorizationException.class).hasMessageContaining("model library");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);

        ProcessDefinition filing = repository.createProcessDefinitionQuery().processDefinitionKey("PermitFiling")
                .latestVersion().singleResult();
        assertThatThrownBy(() -> repository.deleteDeployment(filing.getDeploymentId(), true))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> repository.deleteProcessDefinition(filing.getId(), true))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> repository.deleteProcessDefinitions().byKey("PermitFiling").cascade().delete())
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> repository.updateProcessDefinitionHistoryTimeToLive(filing.getId(), 0))
                .isInstanceOf(AuthorizationException.class);
        assertThat(repository.getProcessDefinition(filing.getId()).getHistoryTimeToLive())
                .isEqualTo(filing.getHistoryTimeToLive());
    }

    @Test
    void aModelsExpressionCannotDeployThroughTheEnginesServices() {
        String smuggled = Bpmn.convertToString(probe("Smuggled")).replace("\"", "'");
        BpmnModelInstance carrier = Bpmn.createExecutableProcess("GateCarrier").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Smuggle")
                .camundaExpression("${execution.processEngineServices.repositoryService.createDeployment()"
                        + ".addString('Smuggled.bpmn', \"" + smuggled + "\").deploy()}")
                .endEvent().done();
        DeploymentGate.through("test", repository.createDeployment().addModelInstance("GateCarrier.bpmn", carrier)
                ::deploy);

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("GateCarrier"))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Smuggled").count()).isZero();
    }

    @Test
    void theGateIsOpenOnlyForItsWork() {
        String id = DeploymentGate.through("test", repository.createDeployment()
                .addModelInstance("Opened.bpmn", probe("GateOpened"))::deploy).getId();
        assertThat(repository.createProcessDefinitionQuery().deploymentId(id).count()).isEqualTo(1);
        assertThatThrownBy(() -> repository.createDeployment().addModelInstance("After.bpmn", probe("GateAfter"))
                .deploy()).isInstanceOf(AuthorizationException.class);
    }
}
