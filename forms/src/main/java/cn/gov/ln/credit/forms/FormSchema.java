package cn.gov.ln.credit.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A form as Camunda Forms (form-js) stores it: an id and components. The product supports the input types
 * that forms need (text field and area, number, date, select, radio, checkbox, file picker) and read-only
 * text; anything else is refused when the schema is read, so an unsupported field cannot slip through unchecked.
 */
public record FormSchema(String id, List<FormComponent> components) {

    static final Set<String> SUPPORTED = Set.of(FormComponent.TEXTFIELD, FormComponent.TEXTAREA,
            FormComponent.NUMBER, FormComponent.DATETIME, FormComponent.SELECT, FormComponent.RADIO,
            FormComponent.CHECKBOX, FormComponent.TEXT, FormComponent.FILEPICKER);
    static final int MAX_SCHEMA_LENGTH = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public FormSchema {
        components = List.copyOf(components);
    }

    public List<FormComponent> inputs() {
        return components.stream().filter(FormComponent::isInput).toList();
    }

    public Optional<FormComponent> input(String key) {
        return inputs().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public static FormSchema parse(String json) {
        if (json == null || json.isBlank()) {
            throw new FormSchemaException("empty form schema");
        }
        if (json.length() > MAX_SCHEMA_LENGTH) {
            throw new FormSchemaException("form schema larger than " + MAX_SCHEMA_LENGTH + " characters");
        }
        try {
            return read(JSON.readTree(json));
        } catch (IOException e) {
            throw new FormSchemaException("form schema is not valid JSON");
        }
    }

    /** Reads a schema from the classpath, e.g. {@code forms/pledge/pledge-default.form}. */
    public static FormSchema load(String resource) {
        try (InputStream in = FormSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new FormSchemaException("no form schema at " + resource);
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FormSchemaException("cannot read form schema " + resource + ": " + e.getMessage());
        }
    }

    private static FormSchema read(JsonNode root) {
        if (!root.isObject() || !root.path("components").isArray()) {
            throw new FormSchemaException("a form schema is an object with a components array");
        }
        List<FormComponent> components = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode node : root.path("components")) {
            FormComponent component = component(node);
            if (component.key() != null && !keys.add(component.key())) {
                throw new FormSchemaException("duplicate field key " + component.key());
            }
            components.add(component);
        }
        return new FormSchema(text(root, "id"), components);
    }

    private static FormComponent component(JsonNode node) {
        String type = text(node, "type");
        if (type == null || !SUPPORTED.contains(type)) {
            throw new FormSchemaException("unsupported form component type " + type);
        }
        String key = FormComponent.TEXT.equals(type) ? null : text(node, "key");
        if (!FormComponent.TEXT.equals(type) && (key == null || !key.matches("[A-Za-z][A-Za-z0-9_]{0,63}"))) {
            throw new FormSchemaException("a " + type + " needs a key of letters, digits and _, got " + key);
        }
        JsonNode validate = node.path("validate");
        List<FormComponent.Option> options = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            options.add(new FormComponent.Option(text(value, "label"), text(value, "value")));
        }
        if ((FormComponent.SELECT.equals(type) || FormComponent.RADIO.equals(type)) && options.isEmpty()) {
            throw new FormSchemaException(type + " " + key + " has no values");
        }
        String pattern = text(validate, "pattern");
        if (pattern != null) {
            try {
                java.util.regex.Pattern.compile(pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new FormSchemaException("field " + key + " has an invalid pattern");
            }
        }
        return new FormComponent(type, key, text(node, "label"), text(node, "description"), text(node, "text"),
                validate.path("required").asBoolean(false), node.path("readonly").asBoolean(false),
                integer(validate, "minLength"), integer(validate, "maxLength"), pattern, number(validate, "min"),
                number(validate, "max"), options, text(node, "subtype"), text(node, "accept"),
                node.path("multiple").asBoolean(false), text(node.path("properties"), "personalData"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
