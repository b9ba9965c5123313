package cn.gov.ln.credit.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The application's beans a model may name in an expression: the product's delegates and listeners, and the few
 * services the shipped models ask ({@link #SERVICES}). The engine's expressions resolve these and nothing else of
 * the application, so a model that got into the engine cannot reach the configuration, the data source, the
 * accounts or the seal; the model library's rules use the same list for the delegates a model names.
 */
@Component
public class ModelBeans extends AbstractProcessEnginePlugin {

    /** Services a shipped model calls in an expression (the joint penalty's and incentive's departments to ask). */
    static final Set<String> SERVICES = Set.of("penaltyService", "incentiveModel");
    /**
     * Names models use for a narrower bean than the one of that name: every deployed JointPenalty asks
     * {@code penaltyService.departmentsOf}, and that is all it reaches.
     */
    static final Map<String, String> NARROWED = Map.of("penaltyService", "penaltyModel");
    private static final String PRODUCT = "cn.gov.ln.credit.";

    private final ApplicationContext context;
    private volatile Set<String> exposed;

    ModelBeans(ApplicationContext context) {
        this.context = context;
    }

    /** Whether a model may name this bean. */
    public boolean exposes(String name) {
        return names().contains(name);
    }

    /** The names, sorted, for messages and documentation. */
    public Set<String> names() {
        Set<String> names = exposed;
        if (names == null) {
            names = new TreeSet<>(SERVICES);
            for (Class<?> type : new Class<?>[] {JavaDelegate.class, ExecutionListener.class, TaskListener.class}) {
                Arrays.stream(context.getBeanNamesForType(type, false, false))
                        .filter(name -> {
                            Class<?> declared = context.getType(name, false);
                            return declared != null && declared.getName().startsWith(PRODUCT);
                        })
                        .forEach(names::add);
            }
            exposed = names = Set.copyOf(names);
        }
        return names;
    }

    /**
     * The engine's expressions resolve the application's beans through this read-only view only, and every step
     * they take is held to {@link ExpressionReach}; no script engine is registered; a class a model names is
     * constructed only if it is the product's.
     */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new SpringExpressionManager(context, new View()) {
            @Override
            protected ELResolver createElResolver() {
                return new GuardedElResolver(super.createElResolver());
            }
        });
        configuration.setScriptEngineResolver(new NoScriptEngines());
        configuration.setArtifactFactory(new ProductArtifacts());
    }

    private final class View extends AbstractMap<Object, Object> {

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && exposes(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? bean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(
                    name, bean(name))).collect(Collectors.toSet());
        }

        private Object bean(String name) {
            return context.getBean(NARROWED.getOrDefault(name, name));
        }
    }
}
