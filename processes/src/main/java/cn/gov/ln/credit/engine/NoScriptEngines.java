package cn.gov.ln.credit.engine;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * No script runs in this engine, in any language (JUEL as a script language included: it resolves beans on its
 * own): script tasks, script listeners, script conditions, script input and output, and decision expressions in a
 * script language fail when parsed or reached. Decisions keep FEEL, which is not a script engine.
 */
final class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager none = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        throw new ProcessEngineException("Script engines are not allowed in this engine");
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return none;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        throw new ProcessEngineException("A model may not run a script (language '" + language + "')");
    }
}
