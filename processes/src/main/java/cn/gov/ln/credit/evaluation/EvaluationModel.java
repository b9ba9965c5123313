package cn.gov.ln.credit.evaluation;

import cn.gov.ln.credit.engine.HistorylessDmn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of the {@code CreditEvaluation} model (edited and deployed through the model library),
 * parsed once per version on a DMN engine of its own, on the process engine's FEEL engine but without its history:
 * evaluating a subject writes nothing.
 */
@Component
public class EvaluationModel {

    public static final String KEY = "CreditEvaluation";

    private final ProcessEngine engine;
    private volatile DmnEngine dmn;
    private volatile Scorecard cached;
    private volatile String cachedId;

    EvaluationModel(ProcessEngine engine) {
        this.engine = engine;
    }

    /** The scorecard of the latest deployed version. */
    public Scorecard current() {
        DecisionRequirementsDefinition latest = latest();
        Scorecard scorecard = cached;
        if (scorecard != null && latest.getId().equals(cachedId)) {
            return scorecard;
        }
        synchronized (this) {
            if (cached == null || !latest.getId().equals(cachedId)) {
                cached = parse(latest);
                cachedId = latest.getId();
            }
            return cached;
        }
    }

    /** The model file of the latest deployed version. */
    public byte[] content() {
        return contentOf(latest());
    }

    static String versionOf(DecisionRequirementsDefinition definition) {
        return KEY + ":" + definition.getVersion();
    }

    private DecisionRequirementsDefinition latest() {
        RepositoryService repository = engine.getRepositoryService();
        DecisionRequirementsDefinition latest = repository.createDecisionRequirementsDefinitionQuery()
                .decisionRequirementsDefinitionKey(KEY).latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("the " + KEY + " model is not deployed");
        }
        return latest;
    }

    private Scorecard parse(DecisionRequirementsDefinition definition) {
        Map<String, DmnDecision> factors = new HashMap<>();
        DmnDecision grade = null;
        DmnEngine parser = dmn();
        for (DmnDecision decision : parser.parseDecisions(new ByteArrayInputStream(contentOf(definition)))) {
            if (decision.getKey().startsWith(Scorecard.FACTOR_PREFIX)) {
                factors.put(decision.getKey().substring(Scorecard.FACTOR_PREFIX.length()), decision);
            } else if (Scorecard.GRADE.equals(decision.getKey())) {
                grade = decision;
            }
        }
        if (grade == null) {
            throw new IllegalStateException(versionOf(definition) + " has no " + Scorecard.GRADE + " decision");
        }
        return new Scorecard(versionOf(definition), parser, factors, grade);
    }

    private byte[] contentOf(DecisionRequirementsDefinition definition) {
        try (InputStream in = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DmnEngine dmn() {
        DmnEngine current = dmn;
        if (current == null) {
            current = HistorylessDmn.on(engine);
            dmn = current;
        }
        return current;
    }
}
