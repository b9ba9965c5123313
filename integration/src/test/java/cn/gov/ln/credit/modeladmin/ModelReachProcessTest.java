package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.ln.credit.engine.DeploymentGate;
import cn.gov.ln.credit.engine.ModelBeans;
import cn.gov.ln.testing.core.CoreTestApplication;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a model's expression may reach of the application: the product's delegates and the services the shipped
 * models call, nothing else, even for a model that got into the engine (here through the gate, as if reviewed).
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("coretest")
class ModelReachProcessTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ModelBeans beans;
    @Autowired
    ApplicationContext context;

    @Test
    void anExpressionResolvesNoBeanOfTheApplicationButTheModelsOwn() {
        for (String bean : List.of("environment", "dataSource", "sealService", "accountService", "auditService")) {
            assertThat(context.containsBean(bean)).as(bean + " is a bean of the application").isTrue();
            String key = "Reach_" + bean;
            BpmnModelInstance probe = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                    .serviceTask("Task_Reach").camundaExpression("${" + bean + ".toString()}")
                    .camundaResultVariable("leaked").userTask("Task_Wait").endEvent().done();
            DeploymentGate.through("test", repository.createDeployment().addModelInstance(key + ".bpmn", probe)
                    ::deploy);
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key)).as(bean)
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining(bean);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(key).count()).isZero();
        }
    }

    @Test
    void theProductsDelegatesAndTheShippedModelsServicesAreExposed() {
        assertThat(beans.names()).contains("creditCheckDelegate", "inLieuDelegate", "deployModelDelegate",
                "penaltyService").doesNotContain("sealService", "environment", "modelLibraryService",
                "modelDeployment");
        BpmnModelInstance probe = Bpmn.createExecutableProcess("Reach_Delegates").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Reach").camundaExpression("${creditCheckDelegate != null}")
                .camundaResultVariable("found").userTask("Task_Wait").endEvent().done();
        DeploymentGate.through("test", repository.createDeployment().addModelInstance("Reach_Delegates.bpmn", probe)
                ::deploy);
        String id = runtime.startProcessInstanceByKey("Reach_Delegates").getId();
        assertThat(runtime.getVariable(id, "found")).isEqualTo(true);
    }

    @Test
    void theIncentiveModelReachesOnlyTheDepartmentsOfACase() {
        assertThat(beans.names()).contains("incentiveModel").doesNotContain("incentiveService");
        String key = "Reach_incentiveService";
        BpmnModelInstance probe = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_Reach").camundaExpression("${incentiveService.close(1)}")
                .userTask("Task_Wait").endEvent().done();
        DeploymentGate.through("test", repository.createDeployment().addModelInstance(key + ".bpmn", probe)::deploy);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("incentiveService");

        BpmnModelInstance narrow = Bpmn.createExecutableProcess("Reach_incentiveModel").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Reach").camundaExpression("${incentiveModel.departmentsOf(-1).size()}")
                .camundaResultVariable("departments").userTask("Task_Wait").endEvent().done();
        DeploymentGate.through("test", repository.createDeployment()
                .addModelInstance("Reach_incentiveModel.bpmn", narrow)::deploy);
        String id = runtime.startProcessInstanceByKey("Reach_incentiveModel").getId();
        assertThat(runtime.getVariable(id, "departments")).isEqualTo(0);
    }

    @Test
    void thePenaltyModelReachesOnlyTheDepartmentsOfACaseUnderItsOldName() {
        String key = "Reach_penaltyService";
        BpmnModelInstance probe = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("Task_Reach").camundaExpression("${penaltyService.escalate(1, 1, 'RESPONSE')}")
                .userTask("Task_Wait").endEvent().done();
        DeploymentGate.through("test", repository.createDeployment().addModelInstance(key + ".bpmn", probe)::deploy);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(key)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("escalate");

        BpmnModelInstance narrow = Bpmn.createExecutableProcess("Reach_penaltyModel").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Task_Reach").camundaExpression("${penaltyService.departmentsOf(-1).size()}")
                .camundaResultVariable("departments").userTask("Task_Wait").endEvent().done();
        DeploymentGate.through("test", repository.createDeployment()
                .addModelInstance("Reach_penaltyModel.bpmn", narrow)::deploy);
        String id = runtime.startProcessInstanceByKey("Reach_penaltyModel").getId();
        assertThat(runtime.getVariable(id, "departments")).isEqualTo(0);
    }
}
