package cn.gov.ln.credit.inspection;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The inspection rate of each stratum (grade A/B/C/D or none, red-listed or not) from the deployed
 * {@code InspectionRate} table, evaluated in memory once per stratum and draw, then held to the floor the law
 * fixes: a rate is always within [0, 1] and a D subject's never below {@link #D_MINIMUM}, whatever the table says.
 */
@Component
public class InspectionRates {

    public static final String DECISION = "InspectionRate";
    /** 失信主体重点监管: D subjects are inspected at least at this rate. */
    public static final double D_MINIMUM = 0.6;
    static final String NONE = "NONE";
    static final String RED = "_RED";
    static final List<String> STRATA = List.of("A", "A" + RED, "B", "B" + RED, "C", "C" + RED, "D", "D" + RED,
            NONE, NONE + RED);

    private final ProcessEngine engine;

    InspectionRates(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The rates of every stratum and the decision definition they came from. */
    public Rates current() {
        RepositoryService repository = engine.getRepositoryService();
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("the decision " + DECISION + " is not deployed");
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Map<String, Double> rates = configuration.getCommandExecutorTxRequired().execute(context -> {
            DmnEngine dmn = configuration.getDmnEngine();
            DmnDecision decision;
            try (InputStream model = repository.getDecisionModel(definition.getId())) {
                decision = dmn.parseDecision(DECISION, model);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Map<String, Double> byStratum = new LinkedHashMap<>();
            for (String stratum : STRATA) {
                boolean red = stratum.endsWith(RED);
                String grade = red ? stratum.substring(0, stratum.length() - RED.length()) : stratum;
                DmnDecisionResult result = dmn.evaluateDecision(decision, Variables.createVariables()
                        .putValue("grade", NONE.equals(grade) ? null : grade).putValue("redListed", red));
                Object value = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
                double rate = value instanceof Number number ? number.doubleValue() : 0.0;
                byStratum.put(stratum, floor(NONE.equals(grade) ? null : grade, rate));
            }
            return byStratum;
        });
        return new Rates(Map.copyOf(rates), definition.getId());
    }

    /** The law's floor over what the table says. */
    public static double floor(String grade, double rate) {
        double bounded = Double.isNaN(rate) ? 1.0 : Math.max(0.0, Math.min(1.0, rate));
        return "D".equals(grade) ? Math.max(D_MINIMUM, bounded) : bounded;
    }

    public static String stratum(String grade, boolean redListed) {
        String base = grade == null || grade.isBlank() ? NONE : grade;
        return redListed ? base + RED : base;
    }

    /** How many of a stratum's members are drawn: the share rounded up, so a rate above 0 draws at least one. */
    static int picks(int members, double rate) {
        return (int) Math.min(members, Math.ceil(members * rate - 1e-9));
    }

    public record Rates(Map<String, Double> byStratum, String model) {
    }
}
