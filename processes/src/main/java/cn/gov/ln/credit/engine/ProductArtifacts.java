package cn.gov.ln.credit.engine;

import org.camunda.bpm.engine.ArtifactFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.DefaultArtifactFactory;

/**
 * A model that names a Java class ({@code camunda:class} on a task, listener or event) gets an instance only of a
 * class of the product: no model makes the engine construct a class of the JDK or a library.
 */
final class ProductArtifacts implements ArtifactFactory {

    private static final String PRODUCT = "cn.gov.ln.credit.";
    private final ArtifactFactory delegate = new DefaultArtifactFactory();

    @Override
    public <T> T getArtifact(Class<T> type) {
        if (!type.getName().startsWith(PRODUCT)) {
            throw new ProcessEngineException("A model may not instantiate " + type.getName());
        }
        return delegate.getArtifact(type);
    }
}
