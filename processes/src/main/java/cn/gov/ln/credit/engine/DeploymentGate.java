package cn.gov.ln.credit.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine itself refuses to take, remove or change a model unless the call comes through one of the product's
 * two doors: its own models at start-up ({@link ProcessDeployment}) and a draft the model library's four-eyes
 * review approved. Whatever else reaches the engine's Java API (its REST API, Cockpit, an expression in a model
 * reaching {@code execution.processEngineServices}) is refused, so a model can never skip validation and review.
 */
@Component
public class DeploymentGate extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<String> DOOR = new ThreadLocal<>();
    private static final Set<Class<?>> GATED = Set.of(DeployCmd.class, DeleteDeploymentCmd.class,
            DeleteProcessDefinitionsByIdsCmd.class, DeleteProcessDefinitionsByKeyCmd.class,
            UpdateProcessDefinitionHistoryTimeToLiveCmd.class, UpdateDecisionDefinitionHistoryTimeToLiveCmd.class);

    /** Runs {@code work} as a governed change of models; {@code door} names who opened it, for the record. */
    public static <T> T through(String door, Supplier<T> work) {
        String outer = DOOR.get();
        DOOR.set(door);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                DOOR.remove();
            } else {
                DOOR.set(outer);
            }
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Guard());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Guard extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (GATED.contains(command.getClass()) && DOOR.get() == null) {
                throw new AuthorizationException("Models reach the engine only through the model library's review: "
                        + command.getClass().getSimpleName() + " refused");
            }
            return next.execute(command);
        }
    }
}
