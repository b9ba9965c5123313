package cn.gov.ln.credit.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/** The engine plugins the product registers (extra indexes, the remembering FEEL engine), for an engine built by hand. */
public final class ProductEnginePlugins {

    private ProductEnginePlugins() {
    }

    public static List<ProcessEnginePlugin> all() {
        return List.of(new EngineIndexes(), new FeelEngineSettings());
    }
}
