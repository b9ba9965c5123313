package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.engine.ModelBeans;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.forms.FormSchemaException;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * Checks a model before anything deploys it. Nothing submitted is trusted. {@link #admit} is the gate of the file
 * as uploaded (size, markup, no DOCTYPE so no entity is expanded or fetched, well-formed XML of the kind); then
 * {@link #validate}: the schema (with the line of the file), the engine's own parser, and the product's rules: no
 * disconnected elements; every user task has a form that exists and candidate roles, never a named assignee;
 * called processes and decisions exist; every place an expression or script may stand holds what the engine
 * lets a model do ({@link ReachRules}: a delegate is a bean of {@link ModelBeans}, never a class or a script);
 * every FEEL cell parses ({@link FeelRules}); every process keeps its history for a set time; literal timers
 * parse; the deadlines the law fixes keep the service-computed date they rest on; the routing table never allows
 * approval in lieu to a subject the law bars.
 */
@Component
public class ModelValidator {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String FORM_PREFIX = "camunda-forms:deployment:";
    private static final Pattern CYCLE = Pattern.compile("^R\\d*/.+");
    private static final Pattern SCHEMA_LINE = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);

    /** Timers whose date the services compute from the law's periods: a model may move them, never replace them. */
    static final Map<String, Map<String, String>> LEGAL_DEADLINES = Map.of(
            "PermitFiling", Map.of("Timer_ReviewOverdue", "${reviewDue}", "Timer_PapersDue", "${papersDue}"),
            "BreachDetermination", Map.of("Timer_DefencePeriodEnds", "${defenceDue}", "Timer_ListingEnds",
                    "${listingEnds}"),
            "Objection", Map.of("Timer_ReplyOverdue", "${replyDue}"),
            "JointPenalty", Map.of("Timer_ResponseOverdue", "${responseDue}", "Timer_FeedbackOverdue",
                    "${feedbackDue}"));

    /** A plain DMN engine for parsing only: the process engine's needs a deployment context. */
    private static final DmnEngine DMN = DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration().buildEngine();

    private final ProcessEngine engine;
    private final ReachRules reach;
    private final FeelRules feel = new FeelRules();
    private final RoutingTableFloor routingFloor;

    ModelValidator(ProcessEngine engine, ModelBeans beans) {
        this.engine = engine;
        this.reach = new ReachRules(beans);
        this.routingFloor = new RoutingTableFloor(engine);
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
                if (!new com.fasterxml.jackson.databind.ObjectMapper().readTree(content).isObject()) {
                    throw ValidationException.of("file", "model.lint.notAModel", kind.name());
                }
            } catch (java.io.IOException e) {
                throw ValidationException.of("file", "model.lint.notAModel", kind.name());
            }
            return;
        }
        Finding unreadable = readable(content, kind);
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
        Finding unreadable = readable(content, kind);
        if (unreadable != null) {
            findings.add(unreadable);
            return findings;
        }
        Document document;
        try {
            document = SafeXml.parse(content);
        } catch (Exception e) {
            findings.add(Finding.of(null, "malformed", reason(e)));
            return findings;
        }
        if (kind == ModelKind.BPMN) {
            bpmn(resourceName, content, knownForms, findings);
        } else {
            dmn(content, findings);
        }
        reach.check(document.getDocumentElement(), findings);
        return findings;
    }

    /** Null when the bytes are well-formed XML of the kind, without a DOCTYPE; else the reason, with its line. */
    private static Finding readable(byte[] content, ModelKind kind) {
        if (!looksLikeXml(content)) {
            return Finding.of(null, "notAModel", kind.name());
        }
        Document document;
        try {
            document = SafeXml.parse(content);
        } catch (org.xml.sax.SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                return Finding.of(null, "doctype", e.getLineNumber());
            }
            return Finding.of(null, "malformedAt", e.getLineNumber(), e.getMessage());
        } catch (Exception e) {
            return Finding.of(null, "notAModel", kind.name());
        }
        org.w3c.dom.Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        boolean expected = "definitions".equals(root.getLocalName()) && (kind == ModelKind.BPMN
                ? ReachRules.BPMN.equals(ns) : ns.contains("omg.org/spec/DMN/"));
        return expected ? null : Finding.of(null, "notAModel", kind.name());
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
            findings.add(schemaFinding(e));
            return;
        }
        try {
            lint(resourceName, model, knownForms, findings);
        } catch (org.camunda.bpm.model.xml.ModelException e) {
            findings.add(Finding.of(null, "brokenReference", e.getMessage()));
        }
        engineParse(resourceName, content, findings);
    }

    /** A schema violation with the line of the uploaded file where it is. */
    static Finding schemaFinding(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.xml.sax.SAXParseException parse) {
                return Finding.of(null, "malformedAt", parse.getLineNumber(), readable(parse.getMessage()));
            }
            Matcher line = cause.getMessage() == null ? null : SCHEMA_LINE.matcher(cause.getMessage());
            if (line != null && line.find()) {
                return Finding.of(null, "malformedAt", Integer.parseInt(line.group(1)), readable(line.group(2)));
            }
        }
        return Finding.of(null, "malformed", concise(e));
    }

    /** A schema message with namespaces as prefixes ({@code bpmn:bogus}), short enough to read. */
    private static String readable(String message) {
        String text = message.replace("\"http://www.omg.org/spec/BPMN/20100524/MODEL\":", "bpmn:")
                .replace("\"https://www.omg.org/spec/DMN/20191111/MODEL/\":", "dmn:")
                .replace("\"http://camunda.org/schema/1.0/bpmn\":", "camunda:")
                .replace("\"http://camunda.org/schema/1.0/dmn\":", "camunda:").replaceAll("\\{([a-z]+:[^}]*)}", "$1");
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** The innermost reason the engine gives, short enough to read. */
    static String concise(Throwable e) {
        String reason = reason(e);
        return reason.length() > 300 ? reason.substring(0, 300) + "…" : reason;
    }

    /** The schema's own words (line and rule), not the model API's wrapper. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    }

    private void lint(String resourceName, BpmnModelInstance model, Collection<String> knownForms,
            List<Finding> findings) {
        String fileId = resourceName.substring(resourceName.lastIndexOf('/') + 1).replace(".bpmn", "");
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        for (Process process : processes) {
            if (!process.isExecutable()) {
                continue;
            }
            if (process.getCamundaHistoryTimeToLiveString() == null
                    || process.getCamundaHistoryTimeToLiveString().isBlank()) {
                findings.add(Finding.of(process.getId(), "historyTimeToLive"));
            }
            if (processes.size() == 1 && !process.getId().equals(fileId)) {
                findings.add(Finding.of(process.getId(), "processIdMismatch", fileId));
            }
            legalDeadlines(model, process.getId(), findings);
        }
        Set<String> targets = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            String source = flow.getAttributeValue("sourceRef");
            String target = flow.getAttributeValue("targetRef");
            if (source != null) {
                sources.add(source);
            }
            if (target != null) {
                targets.add(target);
            }
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            try {
                connected(node, targets.contains(node.getId()), sources.contains(node.getId()), findings);
            } catch (org.camunda.bpm.model.xml.ModelException e) {
                findings.add(Finding.of(node.getId(), "brokenReference", e.getMessage()));
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            userTask(task, knownForms, findings);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            String formKey = start.getCamundaFormKey();
            if (formKey != null && !formKey.isBlank() && (!formKey.startsWith(FORM_PREFIX)
                    || !knownForms.contains(formKey.substring(FORM_PREFIX.length())))) {
                findings.add(Finding.at(start.getId(), "camunda:formKey", "formUnknown", formKey));
            }
        }
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String target = call.getCalledElement();
            if (target != null && !target.contains("${") && !target.contains("#{")
                    && model.getModelElementById(target) == null && !deployedProcess(target)) {
                findings.add(Finding.at(call.getId(), "calledElement", "calledElementUnknown", target));
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String decision = task.getCamundaDecisionRef();
            if (decision != null && !decision.contains("${") && !decision.contains("#{")
                    && !deployedDecision(decision)) {
                findings.add(Finding.at(task.getId(), "camunda:decisionRef", "decisionUnknown", decision));
            }
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            timer(owner(timer), timer, findings);
        }
    }

    /** Whether a flow comes in and goes out, by the flows' own source and target (a node may omit its children). */
    private void connected(FlowNode node, boolean flowIn, boolean flowOut, List<Finding> findings) {
        boolean eventSubProcess = node instanceof SubProcess sub && sub.triggeredByEvent();
        if (eventSubProcess || node.getParentElement() instanceof SubProcess parent && parent.triggeredByEvent()
                && node instanceof StartEvent) {
            return;
        }
        boolean noIncoming = node.getIncoming().isEmpty() && !flowIn;
        boolean noOutgoing = node.getOutgoing().isEmpty() && !flowOut;
        if (noIncoming && !(node instanceof StartEvent) && !(node instanceof BoundaryEvent)
                && !isCompensation(node)) {
            findings.add(Finding.of(node.getId(), "noIncoming"));
        }
        if (noOutgoing && !(node instanceof EndEvent) && !isCompensation(node)
                && !(node.getParentElement() instanceof SubProcess && node instanceof EndEvent)) {
            findings.add(Finding.of(node.getId(), "noOutgoing"));
        }
    }

    private static boolean isCompensation(FlowNode node) {
        return node instanceof org.camunda.bpm.model.bpmn.instance.Activity activity && activity.isForCompensation();
    }

    private void userTask(UserTask task, Collection<String> knownForms, List<Finding> findings) {
        String formKey = task.getCamundaFormKey();
        if (formKey == null || formKey.isBlank()) {
            if (task.getCamundaFormRef() == null) {
                findings.add(Finding.of(task.getId(), "formMissing"));
            }
        } else if (!formKey.startsWith(FORM_PREFIX) || !knownForms.contains(formKey.substring(FORM_PREFIX.length()))) {
            findings.add(Finding.of(task.getId(), "formUnknown", formKey));
        }
        String groups = task.getCamundaCandidateGroups();
        String assignee = task.getCamundaAssignee();
        if (assignee != null && !assignee.contains("${") && !assignee.contains("#{")) {
            findings.add(Finding.at(task.getId(), "camunda:assignee", "assigneeLiteral", assignee));
        }
        if ((groups == null || groups.isBlank()) && assignee == null) {
            findings.add(Finding.of(task.getId(), "groupMissing"));
        } else if (groups != null) {
            for (String group : groups.split(",")) {
                String role = group.strip();
                if (!role.startsWith("${") && !Roles.ALL.contains(role)) {
                    findings.add(Finding.of(task.getId(), "groupUnknown", role));
                }
            }
        }
    }

    private static void timer(String elementId, TimerEventDefinition timer, List<Finding> findings) {
        String date = timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent().strip();
        String duration = timer.getTimeDuration() == null ? null : timer.getTimeDuration().getTextContent().strip();
        String cycle = timer.getTimeCycle() == null ? null : timer.getTimeCycle().getTextContent().strip();
        if (date == null && duration == null && cycle == null) {
            findings.add(Finding.of(elementId, "timerInvalid", ""));
            return;
        }
        try {
            if (date != null && !date.contains("${")) {
                OffsetDateTime.parse(date);
            }
            if (duration != null && !duration.contains("${")) {
                parseDuration(duration);
            }
            if (cycle != null && !cycle.contains("${") && !CYCLE.matcher(cycle).matches()
                    && cycle.split(" ").length < 6) {
                throw new DateTimeParseException("not a cycle", cycle, 0);
            }
        } catch (DateTimeParseException e) {
            findings.add(Finding.of(elementId, "timerInvalid", e.getParsedString()));
        }
    }

    private static void parseDuration(String text) {
        int time = text.indexOf('T');
        if (time < 0) {
            Period.parse(text);
        } else if (time == 1) {
            Duration.parse(text);
        } else {
            Period.parse(text.substring(0, time));
            Duration.parse("P" + text.substring(time));
        }
    }

    private static void legalDeadlines(BpmnModelInstance model, String processId, List<Finding> findings) {
        Map<String, String> timers = LEGAL_DEADLINES.get(processId);
        if (timers == null) {
            return;
        }
        timers.forEach((timerId, expression) -> {
            ModelElementInstance element = model.getModelElementById(timerId);
            String date = element == null ? null : element.getChildElementsByType(TimerEventDefinition.class).stream()
                    .filter(t -> t.getTimeDate() != null).map(t -> t.getTimeDate().getTextContent().strip())
                    .findFirst().orElse(null);
            if (!expression.equals(date)) {
                findings.add(Finding.of(timerId, "legalDeadline", expression));
            }
        });
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
            findings.add(schemaFinding(e));
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
            findings.add(Finding.of(null, "engine", concise(e)));
            return;
        }
        feel.check(model, findings);
        if (decisions.stream().anyMatch(d -> RoutingTableFloor.DECISION.equals(d.getKey()))) {
            routingFloor.check(content, findings);
        }
    }

    private boolean deployedProcess(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
    }

    private boolean deployedDecision(String key) {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
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

    private static String owner(ModelElementInstance element) {
        ModelElementInstance current = element.getParentElement();
        while (current != null) {
            if (current instanceof org.camunda.bpm.model.bpmn.instance.BaseElement base && base.getId() != null
                    && !(current instanceof org.camunda.bpm.model.bpmn.instance.ExtensionElements)) {
                return base.getId();
            }
            current = current.getParentElement();
        }
        return null;
    }

}
