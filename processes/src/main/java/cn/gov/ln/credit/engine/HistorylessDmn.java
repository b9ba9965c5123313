package cn.gov.ln.credit.engine;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A DMN engine on the process engine's FEEL engine (its functions and settings) that writes no history: for
 * evaluating a table in memory many times (the evaluation's scorecard, the model library's floors).
 */
public final class HistorylessDmn {

    private HistorylessDmn() {
    }

    public static DmnEngine on(ProcessEngine engine) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        DefaultDmnEngineConfiguration engines = ((ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getDmnEngineConfiguration();
        if (engines != null && engines.getFeelEngineFactory() != null) {
            configuration.setFeelEngineFactory(engines.getFeelEngineFactory());
        }
        return configuration.buildEngine();
    }
}
