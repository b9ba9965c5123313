package cn.gov.ln.credit.modeladmin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A readable diff of two versions of a BPMN or DMN model: elements matched by id; for each, every attribute and
 * everything inside it that has no id of its own, extension elements included (listeners, input and output,
 * conditions, form keys, candidate groups, timers, multi-instance, field injections), one row per attribute or text,
 * named by its path ({@code camunda:executionListener[start]@expression}); decision table cells carry ids and are
 * elements. A new element lists all of its rows, so a new model is read in full. Diagram layout is left out: moving
 * a shape is not a change of how the province works. Forms are compared field by field (their components carry
 * keys).
 */
public final class ModelDiff {

    /** The namespaces of a diagram's layout: no change of meaning, and no place for an expression. */
    static final Set<String> DIAGRAM = Set.of("http://www.omg.org/spec/BPMN/20100524/DI",
            "https://www.omg.org/spec/DMN/20191111/DMNDI/", "http://www.omg.org/spec/DMN/20180521/DMNDI/",
            "http://www.omg.org/spec/DD/20100524/DC", "http://www.omg.org/spec/DD/20100524/DI");
    private static final Set<String> FLOW_REFERENCES = Set.of("incoming", "outgoing");

    private ModelDiff() {
    }

    public static List<ModelChange> diff(byte[] before, byte[] after) {
        Map<String, Snapshot> old = elements(before);
        Map<String, Snapshot> now = elements(after);
        List<ModelChange> changes = new ArrayList<>();
        now.forEach((id, element) -> {
            Snapshot previous = old.get(id);
            if (previous == null) {
                changes.add(new ModelChange(ModelChange.Kind.ADDED, id, element.type(), null, null,
                        element.attributes().getOrDefault("name", "")));
                element.attributes().forEach((attribute, value) -> changes.add(new ModelChange(
                        ModelChange.Kind.ADDED, id, element.type(), attribute, null, value)));
                return;
            }
            element.attributes().forEach((attribute, value) -> {
                String was = previous.attributes().get(attribute);
                if (!value.equals(was)) {
                    changes.add(new ModelChange(ModelChange.Kind.CHANGED, id, element.type(), attribute, was, value));
                }
            });
            previous.attributes().forEach((attribute, was) -> {
                if (!element.attributes().containsKey(attribute)) {
                    changes.add(new ModelChange(ModelChange.Kind.CHANGED, id, element.type(), attribute, was, null));
                }
            });
        });
        old.forEach((id, element) -> {
            if (!now.containsKey(id)) {
                changes.add(new ModelChange(ModelChange.Kind.REMOVED, id, element.type(), null,
                        element.attributes().getOrDefault("name", ""), null));
            }
        });
        return changes;
    }

    /** The ids of the elements a list of changes touches, for marking them on the diagram. */
    public static Set<String> touched(List<ModelChange> changes) {
        Set<String> ids = new TreeSet<>();
        changes.forEach(change -> ids.add(change.elementId()));
        return ids;
    }

    private record Snapshot(String type, Map<String, String> attributes) {
    }

    private static Map<String, Snapshot> elements(byte[] content) {
        Document document;
        try {
            document = SafeXml.parse(content);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a readable model: " + e.getMessage(), e);
        }
        Map<String, Snapshot> elements = new LinkedHashMap<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (DIAGRAM.contains(element.getNamespaceURI()) || !element.hasAttribute("id")) {
                continue;
            }
            Map<String, String> attributes = new TreeMap<>();
            collect(element, "", attributes);
            elements.put(element.getAttribute("id"), new Snapshot(element.getLocalName(), attributes));
        }
        return elements;
    }

    /** The element's attributes and text, and recursively those of its children without an id, by path. */
    private static void collect(Element element, String path, Map<String, String> into) {
        NamedNodeMap map = element.getAttributes();
        for (int a = 0; a < map.getLength(); a++) {
            Node attribute = map.item(a);
            boolean namespace = "xmlns".equals(attribute.getPrefix()) || "xmlns".equals(attribute.getNodeName());
            if (!namespace && !(path.isEmpty() && "id".equals(attribute.getLocalName()))) {
                into.put(path.isEmpty() ? attribute.getNodeName() : path + "@" + attribute.getNodeName(),
                        attribute.getNodeValue());
            }
        }
        StringBuilder text = new StringBuilder();
        Map<String, Integer> seen = new HashMap<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child instanceof Element nested && !nested.hasAttribute("id")
                    && !DIAGRAM.contains(nested.getNamespaceURI())
                    && !FLOW_REFERENCES.contains(nested.getLocalName())) {
                String step = "extensionElements".equals(nested.getLocalName()) ? "" : step(nested, seen);
                collect(nested, step.isEmpty() ? path : path.isEmpty() ? step : path + "/" + step, into);
            }
        }
        if (!text.toString().isBlank()) {
            into.put(path.isEmpty() ? "#text" : path, text.toString().strip());
        }
    }

    /** A child's step in a path: its name, told apart from its siblings by its name, event or position. */
    private static String step(Element element, Map<String, Integer> seen) {
        String name = element.getNodeName();
        for (String key : List.of("name", "event", "target", "source")) {
            if (element.hasAttribute(key)) {
                String label = element.getAttribute(key);
                int index = seen.merge(name + "|" + label, 1, Integer::sum);
                return name + "[" + label + (index > 1 ? " " + index : "") + "]";
            }
        }
        int index = seen.merge(name, 1, Integer::sum);
        return index > 1 ? name + "[" + index + "]" : name;
    }

    /** The form's fields by key: added, removed, label and validation changes. */
    public static List<ModelChange> diffForms(byte[] before, byte[] after) {
        Map<String, String> old = fields(before);
        Map<String, String> now = fields(after);
        List<ModelChange> changes = new ArrayList<>();
        now.forEach((key, json) -> {
            if (!old.containsKey(key)) {
                changes.add(new ModelChange(ModelChange.Kind.ADDED, key, "field", null, null, json));
            } else if (!old.get(key).equals(json)) {
                changes.add(new ModelChange(ModelChange.Kind.CHANGED, key, "field", "definition", old.get(key), json));
            }
        });
        old.forEach((key, json) -> {
            if (!now.containsKey(key)) {
                changes.add(new ModelChange(ModelChange.Kind.REMOVED, key, "field", null, json, null));
            }
        });
        return changes;
    }

    private static Map<String, String> fields(byte[] content) {
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(new String(content, StandardCharsets.UTF_8));
            Map<String, String> fields = new LinkedHashMap<>();
            int text = 0;
            for (com.fasterxml.jackson.databind.JsonNode component : root.path("components")) {
                String key = component.hasNonNull("key") ? component.get("key").asText() : "text-" + (++text);
                fields.put(key, component.toString());
            }
            return fields;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a readable form: " + e.getMessage(), e);
        }
    }
}
