package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.security.Roles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The Camunda attributes the product uses, for the element selected in the BPMN modeler: id, name, candidate
 * roles, assignee, form, due date, async flag, delegate and decision references, a timer's expression; for the
 * process (nothing selected, or a pool), its history time to live and whether it is executable.
 * Each change goes back to the modeler; the rules check the result before anything deploys.
 */
class PropertiesPanel extends VerticalLayout {

    private final ModelEditor editor;
    private final Collection<String> forms;
    private final ObjectMapper json;

    /** {@code json}: Spring Boot's mapper, from the view, to read the modeler's selection. */
    PropertiesPanel(ModelEditor editor, Collection<String> forms, ObjectMapper json) {
        this.editor = editor;
        this.forms = forms;
        this.json = json;
        setWidth("22rem");
        setPadding(false);
        setId("properties-panel");
        show("");
        editor.onSelection(this::show);
    }

    private void show(String selection) {
        removeAll();
        add(new H4(getTranslation("model.properties")));
        if (selection == null || selection.isBlank()) {
            add(new Paragraph(getTranslation("model.properties.none")));
            return;
        }
        JsonNode element;
        try {
            element = json.readTree(selection);
        } catch (java.io.IOException e) {
            return;
        }
        String id = element.get("id").asText();
        String type = element.get("type").asText();
        JsonNode props = element.get("props");
        add(new Paragraph(type));
        add(text("id", getTranslation("model.properties.id"), id, id));
        add(text("name", getTranslation("model.properties.name"), id, element.get("name").asText()));
        if (type.equals("bpmn:UserTask")) {
            ComboBox<String> groups = new ComboBox<>(getTranslation("model.properties.candidateGroups"));
            groups.setItems(Roles.ALL);
            groups.setAllowCustomValue(true);
            groups.addCustomValueSetListener(e -> groups.setValue(e.getDetail()));
            groups.setValue(value(props, "camunda:candidateGroups"));
            groups.addValueChangeListener(e -> editor.update(id, "camunda:candidateGroups", e.getValue()));
            groups.setId("property-candidateGroups");
            groups.setWidthFull();
            ComboBox<String> form = new ComboBox<>(getTranslation("model.properties.formKey"));
            form.setItems(forms.stream().filter(f -> f.startsWith("forms/task/"))
                    .map(f -> "camunda-forms:deployment:" + f).sorted().toList());
            form.setValue(value(props, "camunda:formKey"));
            form.addValueChangeListener(e -> editor.update(id, "camunda:formKey", e.getValue()));
            form.setId("property-formKey");
            form.setWidthFull();
            add(groups, form, text("camunda:assignee", getTranslation("model.properties.assignee"), id,
                    value(props, "camunda:assignee")), text("camunda:dueDate",
                    getTranslation("model.properties.dueDate"), id, value(props, "camunda:dueDate")));
        }
        if (List.of("bpmn:ServiceTask", "bpmn:SendTask").contains(type)) {
            add(text("camunda:delegateExpression", getTranslation("model.properties.delegate"), id,
                    value(props, "camunda:delegateExpression")));
            TextField topic = new TextField(getTranslation("model.properties.topic"));
            topic.setValue(Objects.toString(value(props, "camunda:topic"), ""));
            topic.setHelperText(getTranslation("model.properties.topicHelp"));
            topic.setWidthFull();
            topic.setId("property-topic");
            topic.addValueChangeListener(e -> {
                editor.update(id, "camunda:type", e.getValue().isBlank() ? "" : "external");
                editor.update(id, "camunda:topic", e.getValue());
            });
            add(topic);
        }
        if (type.equals("bpmn:BusinessRuleTask")) {
            add(text("camunda:decisionRef", getTranslation("model.properties.decisionRef"), id,
                    value(props, "camunda:decisionRef")));
        }
        if (type.equals("bpmn:Process")) {
            add(text("camunda:historyTimeToLive", getTranslation("model.properties.historyTimeToLive"), id,
                    value(props, "camunda:historyTimeToLive")));
            Checkbox executable = new Checkbox(getTranslation("model.properties.isExecutable"),
                    "true".equals(value(props, "isExecutable")));
            executable.addValueChangeListener(e -> editor.update(id, "isExecutable", e.getValue() ? "true" : "false"));
            executable.setId("property-isExecutable");
            add(executable);
        }
        if (type.endsWith("Task") || type.endsWith("Event") || type.endsWith("Gateway")) {
            Checkbox async = new Checkbox(getTranslation("model.properties.asyncBefore"),
                    "true".equals(value(props, "camunda:asyncBefore")));
            async.addValueChangeListener(e -> editor.update(id, "camunda:asyncBefore", e.getValue() ? "true" : ""));
            add(async);
        }
        if (props.has("timer")) {
            TextField timer = new TextField(getTranslation("model.properties.timer"));
            timer.setValue(props.get("timer").asText());
            timer.setHelperText(getTranslation("model.properties.timerHelp"));
            timer.setWidthFull();
            timer.setId("property-timer");
            timer.addValueChangeListener(e -> editor.updateTimer(id, e.getValue()));
            add(timer);
        }
    }

    private TextField text(String property, String label, String elementId, String current) {
        TextField field = new TextField(label);
        field.setValue(current == null ? "" : current);
        field.setWidthFull();
        field.setId("property-" + property.replace("camunda:", ""));
        field.addValueChangeListener(e -> editor.update(elementId, property, e.getValue()));
        return field;
    }

    private static String value(JsonNode props, String name) {
        return props != null && props.has(name) ? props.get(name).asText() : null;
    }
}
