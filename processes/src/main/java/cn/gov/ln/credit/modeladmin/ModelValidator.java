package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.engine.ModelBeans;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.forms.FormSchemaException;
import cn.gov.ln.credit.shared.ValidationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Checks a model before anything deploys it. Nothing submitted is trusted. {@link #admit} is the gate of the file
 * as uploaded (size, markup, no DOCTYPE so no entity is expanded or fetched, well-formed XML of the kind); then
 * {@link #validate}: the schema (with the line of the file), the engine's own parser, and the product's rules:
 * what a process means ({@link BpmnRules}), what every place an expression or script may stand may do
 * ({@link ReachRules}), every FEEL cell parses ({@link FeelRules}), and the routing table never allows approval in
 * lieu to a subject the law bars ({@link RoutingTableFloor}), an evaluation model may not grade a subject with a
 * serious listing above D ({@link EvaluationFloor}).
 */
@Component
public class ModelValidator {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A plain DMN engine for parsing only: the process engine's needs a deployment context. */
    private static final DmnEngine DMN = DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration().buildEngine();

    private final ProcessEngine engine;
    private final BpmnRules bpmnRules;
    private final ReachRules reach;
    private final FeelRules feel = new FeelRules();
    private final RoutingTableFloor routingFloor;
    private final EvaluationFloor evaluationFloor;
    private final ObjectMapper json;

    ModelValidator(ProcessEngine engine, ModelBeans beans, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
        this.bpmnRules = new BpmnRules(engine);
        this.reach = new ReachRules(beans);
        this.routingFloor = new RoutingTableFloor(engine);
        this.evaluationFloor = new EvaluationFloor(routingFloor::evaluator);
    }

    /**
     * The gate of a file as uploaded: is it a model of the kind its name says at all? Empty, oversized, binary,
     * archives, XML with a DOCTYPE (no entity is ever expanded), ill-formed XML, XML that is not BPMN or DMN, and
     * forms that are not JSON are refused here, with the line of the file where the XML breaks; they never become
     * drafts. A model that is one but breaks rules passes, and its findings come from {@link #validate}.
     */
    public void admit(String resourceName, byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("file", "model.lint.empty");
        }
        if (content.length > MAX_BYTES) {
            throw ValidationException.of("file", "model.lint.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        ModelKind kind = ModelKind.of(resourceName);
        if (kind == ModelKind.FORM) {
            try {
                if (!json.readTree(content).isObject()) {
                    throw ValidationException.of("file", "model.lint.notAModel", kind.name());
                }
            } catch (java.io.IOException e) {
                throw ValidationException.of("file", "model.lint.notAModel", kind.name());
            }
            return;
        }
        Finding unreadable = read(content, kind).problem();
        if (unreadable != null) {
            throw ValidationException.of("file", unreadable.messageKey(), unreadable.arguments().toArray());
        }
    }

    /** Every finding for the resource; empty when it may be deployed. {@code knownForms} are deployable forms. */
    public List<Finding> validate(String resourceName, byte[] content, Collection<String> knownForms) {
        List<Finding> findings = new ArrayList<>();
        if (content == null || content.length == 0) {
            findings.add(Finding.of(null, "empty"));
            return findings;
        }
        if (content.length > MAX_BYTES) {
            findings.add(Finding.of(null, "tooLarge", MAX_BYTES / 1024 / 1024));
            return findings;
        }
        ModelKind kind = ModelKind.of(resourceName);
        if (kind == ModelKind.FORM) {
            form(content, findings);
            return findings;
        }
        Read read = read(content, kind);
        if (read.problem() != null) {
            findings.add(read.problem());
            return findings;
        }
        if (kind == ModelKind.BPMN) {
            bpmn(resourceName, content, knownForms, findings);
        } else {
            dmn(content, findings);
        }
        reach.check(read.document().getDocumentElement(), findings);
        return findings;
    }

    /** The parsed file, or why it is not well-formed XML of the kind without a DOCTYPE (with its line). */
    private record Read(Document document, Finding problem) {

        static Read refused(Finding problem) {
            return new Read(null, problem);
        }
    }

    private static Read read(byte[] content, ModelKind kind) {
        if (!looksLikeXml(content)) {
            return Read.refused(Finding.of(null, "notAModel", kind.name()));
        }
        Document document;
        try {
            document = SafeXml.parse(content);
        } catch (org.xml.sax.SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                return Read.refused(Finding.of(null, "doctype", e.getLineNumber()));
            }
            return Read.refused(Finding.of(null, "malformedAt", e.getLineNumber(), e.getMessage()));
        } catch (Exception e) {
            return Read.refused(Finding.of(null, "notAModel", kind.name()));
        }
        org.w3c.dom.Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        boolean expected = "definitions".equals(root.getLocalName()) && (kind == ModelKind.BPMN
                ? ReachRules.BPMN.equals(ns) : ns.contains("omg.org/spec/DMN/"));
        return expected ? new Read(document, null) : Read.refused(Finding.of(null, "notAModel", kind.name()));
    }

    /** Text that starts with markup (after a byte-order mark and white space) and has no NUL: not a binary. */
    private static boolean looksLikeXml(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        while (start < content.length && Character.isWhitespace(content[start])) {
            start++;
        }
        if (start >= content.length || content[start] != '<') {
            return false;
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private void bpmn(String resourceName, byte[] content, Collection<String> knownForms, List<Finding> findings) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            findings.add(ParseErrors.schemaFinding(e));
            return;
        }
        try {
            bpmnRules.check(resourceName, model, knownForms, findings);
        } catch (org.camunda.bpm.model.xml.ModelException e) {
            findings.add(Finding.of(null, "brokenReference", e.getMessage()));
        }
        engineParse(resourceName, content, findings);
    }

    /**
     * The engine parses the model as it would on deployment, without deploying it: its own errors, by element. In a
     * transaction of its own, so that a parse that fails does not doom the caller's.
     */
    private void engineParse(String resourceName, byte[] content, List<Finding> findings) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration();
        try {
            configuration.getCommandExecutorTxRequiresNew().execute(commandContext -> {
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("validation");
                ResourceEntity resource = new ResourceEntity();
                resource.setName(resourceName);
                resource.setBytes(content);
                deployment.addResource(resource);
                org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser parser = configuration.getDeployers().stream()
                        .filter(d -> d instanceof org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer)
                        .map(d -> ((org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer) d).getBpmnParser())
                        .findFirst().orElseThrow();
                BpmnParse parse = parser.createParse()
                        .sourceInputStream(new ByteArrayInputStream(content)).deployment(deployment)
                        .name(resourceName);
                parse.execute();
                return null;
            });
        } catch (org.camunda.bpm.engine.ParseException e) {
            e.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> findings.add(
                    Finding.of(problem.getMainElementId(), "engine", problem.getMessage()))));
            if (findings.isEmpty()) {
                findings.add(Finding.of(null, "engine", e.getMessage()));
            }
        } catch (RuntimeException e) {
            findings.add(Finding.of(null, "engine", e.getMessage()));
        }
    }

    private void dmn(byte[] content, List<Finding> findings) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            findings.add(ParseErrors.schemaFinding(e));
            return;
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive") == null
                    && ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                            .isEnforceHistoryTimeToLive() && defaultTtl() == null) {
                findings.add(Finding.of(decision.getId(), "historyTimeToLive"));
            }
        }
        List<DmnDecision> decisions;
        try {
            decisions = DMN.parseDecisions(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            findings.add(Finding.of(null, "engine", ParseErrors.concise(e)));
            return;
        }
        feel.check(model, findings);
        if (decisions.stream().anyMatch(d -> RoutingTableFloor.DECISION.equals(d.getKey()))) {
            routingFloor.check(content, findings);
        }
        if (EvaluationFloor.isEvaluationModel(model.getDefinitions().getId())) {
            evaluationFloor.check(content, findings);
        }
    }

    private String defaultTtl() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryTimeToLive();
    }

    private static void form(byte[] content, List<Finding> findings) {
        try {
            FormSchema.parse(new String(content, java.nio.charset.StandardCharsets.UTF_8));
        } catch (FormSchemaException | IllegalArgumentException e) {
            findings.add(Finding.of(null, "formInvalid", e.getMessage()));
        }
    }

}
