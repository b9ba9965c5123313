package cn.gov.ln.credit.engine;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** The engine's resolvers behind {@link ExpressionReach}: a refused step fails the expression, naming the step. */
final class GuardedElResolver extends ELResolver {

    private final ELResolver delegate;

    GuardedElResolver(ELResolver delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        requireReadable(base, property);
        return delegate.getValue(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null && !ExpressionReach.mayInvoke(base, String.valueOf(method))) {
            throw new ProcessEngineException("A model's expression may not call " + method + "() on "
                    + base.getClass().getName());
        }
        return delegate.invoke(context, base, method, paramTypes, params);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        requireReadable(base, property);
        return delegate.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        requireReadable(base, property);
        delegate.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        requireReadable(base, property);
        return delegate.isReadOnly(context, base, property);
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return delegate.getFeatureDescriptors(context, base);
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return delegate.getCommonPropertyType(context, base);
    }

    @Override
    public Object convertToType(ELContext context, Object obj, Class<?> targetType) {
        return delegate.convertToType(context, obj, targetType);
    }

    private static void requireReadable(Object base, Object property) {
        if (base != null && !ExpressionReach.mayRead(base, property)) {
            throw new ProcessEngineException("A model's expression may not read " + property + " of "
                    + base.getClass().getName());
        }
    }
}
