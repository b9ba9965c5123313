package cn.gov.ln.credit.webapp.form;

import cn.gov.ln.credit.forms.FormComponent;
import cn.gov.ln.credit.forms.FormSchema;
import cn.gov.ln.credit.webapp.shell.LocalizedDatePicker;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Vaadin form built from a form-js schema: a field per input component, read-only text as paragraphs. The
 * browser gets the schema's hints (required, length, pattern, range); the server validates the values anyway.
 */
public class RenderedForm extends FormLayout {

    /** Field names as the services report them: the schema key prefixed with "fields.". */
    public static final String PREFIX = "fields.";

    private final Map<String, AbstractField<?, ?>> inputs = new LinkedHashMap<>();

    public RenderedForm(FormSchema schema) {
        this(schema, Map.of());
    }

    /** A form whose read-only fields show the given process data. */
    public RenderedForm(FormSchema schema, Map<String, String> readOnlyValues) {
        addClassName("rendered-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (FormComponent component : schema.components()) {
            if (FormComponent.TEXT.equals(component.type())) {
                Paragraph text = new Paragraph(component.text() == null ? "" : component.text().replaceAll("^#+\\s*",
                        ""));
                add(text, 2);
                continue;
            }
            AbstractField<?, ?> field = field(component);
            field.setId("form-" + component.key());
            if (!component.isEditable()) {
                showReadOnly(field, readOnlyValues.get(component.key()));
                add((Component) field, FormComponent.TEXTAREA.equals(component.type()) ? 2 : 1);
                continue;
            }
            inputs.put(component.key(), field);
            add((Component) field, FormComponent.TEXTAREA.equals(component.type()) ? 2 : 1);
        }
    }

    /** The values as the validator expects them: strings, numbers, booleans, ISO dates. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, field) -> {
            Object value = field.getValue();
            if (value instanceof LocalDate date) {
                value = date.toString();
            }
            if (value instanceof Double number && number == Math.rint(number)) {
                value = number.longValue();
            }
            if (value != null && !(value instanceof String text && text.isBlank())
                    && !(value instanceof java.util.List<?> list && list.isEmpty())) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** The fields for showing violations, keyed as the services name them. */
    public Map<String, HasValidation> validationTargets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        inputs.forEach((key, field) -> {
            if (field instanceof HasValidation validation) {
                targets.put(PREFIX + key, validation);
            }
        });
        return targets;
    }

    private static void showReadOnly(AbstractField<?, ?> field, String value) {
        if (field instanceof TextField text) {
            text.setValue(value == null ? "" : value);
        } else if (field instanceof TextArea area) {
            area.setValue(value == null ? "" : value);
        }
        field.setReadOnly(true);
    }

    private AbstractField<?, ?> field(FormComponent c) {
        String label = c.label() == null ? c.key() : c.label();
        if (!c.isEditable()) {
            return FormComponent.TEXTAREA.equals(c.type()) ? new TextArea(label) : new TextField(label);
        }
        return switch (c.type()) {
            case FormComponent.FILEPICKER -> new FilePickerField(c, label);
            case FormComponent.TEXTAREA -> {
                TextArea area = new TextArea(label);
                area.setRequired(c.required());
                area.setMaxLength(c.maxLength() == null ? 4000 : c.maxLength());
                area.setHelperText(c.description());
                yield area;
            }
            case FormComponent.NUMBER -> {
                NumberField number = new NumberField(label);
                number.setRequiredIndicatorVisible(c.required());
                if (c.min() != null) {
                    number.setMin(c.min());
                }
                if (c.max() != null) {
                    number.setMax(c.max());
                }
                number.setHelperText(c.description());
                yield number;
            }
            case FormComponent.DATETIME -> {
                LocalizedDatePicker date = new LocalizedDatePicker(label);
                date.setRequired(c.required());
                date.setHelperText(c.description());
                yield date;
            }
            case FormComponent.SELECT -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(c.options().stream().map(FormComponent.Option::value).toList());
                select.setItemLabelGenerator(value -> c.options().stream().filter(o -> o.value().equals(value))
                        .map(FormComponent.Option::label).findFirst().orElse(value));
                select.setRequiredIndicatorVisible(c.required());
                select.setHelperText(c.description());
                yield select;
            }
            case FormComponent.RADIO -> {
                RadioButtonGroup<String> radio = new RadioButtonGroup<>(label);
                radio.setItems(c.options().stream().map(FormComponent.Option::value).toList());
                radio.setItemLabelGenerator(value -> c.options().stream().filter(o -> o.value().equals(value))
                        .map(FormComponent.Option::label).findFirst().orElse(value));
                radio.setRequiredIndicatorVisible(c.required());
                yield radio;
            }
            case FormComponent.CHECKBOX -> {
                Checkbox checkbox = new Checkbox(label);
                checkbox.setRequiredIndicatorVisible(c.required());
                yield checkbox;
            }
            default -> {
                TextField text = new TextField(label);
                text.setRequired(c.required());
                text.setMaxLength(c.maxLength() == null ? 4000 : c.maxLength());
                if (c.pattern() != null) {
                    text.setPattern(c.pattern());
                }
                text.setHelperText(c.description());
                yield text;
            }
        };
    }
}
