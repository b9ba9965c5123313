package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.engine.SystemDelegate;
import cn.gov.ln.credit.security.SystemRunner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Deploys the approved draft ({@code Task_DeployModel}). */
@Component("deployModelDelegate")
class DeployModelDelegate extends SystemDelegate {

    private final ModelDeployment deployment;

    DeployModelDelegate(SystemRunner system, ModelDeployment deployment) {
        super(system);
        this.deployment = deployment;
    }

    @Override
    protected void run(DelegateExecution execution) {
        execution.setVariable("deploymentId", deployment.deploy(longVariable(execution, "draftId")));
    }
}
