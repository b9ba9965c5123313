package cn.gov.ln.credit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the product's processes, decision tables and task forms as one deployment, each named by its path
 * on the classpath ({@code processes/PermitFiling.bpmn}, {@code forms/task/filing-review.form}) so that a form
 * key {@code camunda-forms:deployment:forms/task/...} finds its form however the jar is packed. Unchanged
 * resources are not deployed again; a change deploys them all together, so every process version has its forms.
 */
@Component
public class ProcessDeployment extends AbstractProcessEnginePlugin {

    public static final String NAME = "credit-processes";
    static final List<String> PATTERNS = List.of("processes/*.bpmn", "processes/*.dmn", "forms/task/*.form");
    private static final Logger LOG = LoggerFactory.getLogger(ProcessDeployment.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, byte[]> resources = resources();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(NAME).source(NAME)
                .enableDuplicateFiltering(false);
        resources.forEach((name, content) -> deployment.addInputStream(name, new java.io.ByteArrayInputStream(content)));
        var result = DeploymentGate.through(NAME, deployment::deployWithResult);
        LOG.info("Deployment {} of {} resources: {} process definitions, {} decisions", result.getId(),
                resources.size(), result.getDeployedProcessDefinitions() == null ? 0
                        : result.getDeployedProcessDefinitions().size(),
                result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
    }

    static Map<String, byte[]> resources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                ProcessDeployment.class.getClassLoader());
        Map<String, byte[]> resources = new TreeMap<>();
        for (String pattern : PATTERNS) {
            String folder = pattern.substring(0, pattern.lastIndexOf('/') + 1);
            try {
                for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(folder + resource.getFilename(), in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + pattern, e);
            }
        }
        if (resources.isEmpty()) {
            throw new IllegalStateException("no process resources on the classpath under " + PATTERNS);
        }
        return resources;
    }
}
