package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.security.Roles;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The product's rules for what a process means, read through the model API: executable processes keep their history
 * for a set time and carry the file's name; no element is disconnected; user tasks have a form that exists and
 * candidate roles, never a named assignee; start forms exist; called processes and decisions are deployed; literal
 * timers parse; the deadlines the law fixes keep the service-computed date they rest on.
 */
final class BpmnRules {

    static final String FORM_PREFIX = "camunda-forms:deployment:";
    private static final Pattern CYCLE = Pattern.compile("^R\\d*/.+");

    /** Timers whose date the services compute from the law's periods: a model may move them, never replace them. */
    static final Map<String, Map<String, String>> LEGAL_DEADLINES = Map.of(
            "PermitFiling", Map.of("Timer_ReviewOverdue", "${reviewDue}", "Timer_PapersDue", "${papersDue}"),
            "BreachDetermination", Map.of("Timer_DefencePeriodEnds", "${defenceDue}", "Timer_ListingEnds",
                    "${listingEnds}"),
            "Objection", Map.of("Timer_ReplyOverdue", "${replyDue}"),
            "JointPenalty", Map.of("Timer_ResponseOverdue", "${responseDue}", "Timer_FeedbackOverdue",
                    "${feedbackDue}"),
            "JointIncentive", Map.of("Timer_ResponseOverdue", "${responseDue}", "Timer_FeedbackOverdue",
                    "${feedbackDue}"));

    private final ProcessEngine engine;

    BpmnRules(ProcessEngine engine) {
        this.engine = engine;
    }

    void check(String resourceName, BpmnModelInstance model, Collection<String> knownForms, List<Finding> findings) {
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

    private boolean deployedProcess(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
    }

    private boolean deployedDecision(String key) {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
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
