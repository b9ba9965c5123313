package cn.gov.ln.credit.modeladmin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A readable diff of two versions of a BPMN or DMN model: elements matched by id; for each, its attributes and its
 * own text (a condition, a timer, a decision table cell). Diagram layout is left out: moving a shape is not a
 * change of how the province works. Forms are compared field by field (their components carry keys).
 */
public final class ModelDiff {

    private static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";

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
            String ns = element.getNamespaceURI();
            if (DI.equals(ns) || DMNDI.equals(ns) || DC.equals(ns) || !element.hasAttribute("id")) {
                continue;
            }
            Map<String, String> attributes = new TreeMap<>();
            NamedNodeMap map = element.getAttributes();
            for (int a = 0; a < map.getLength(); a++) {
                Node attribute = map.item(a);
                if (!"id".equals(attribute.getLocalName()) && !"xmlns".equals(attribute.getPrefix())
                        && !"xmlns".equals(attribute.getNodeName())) {
                    attributes.put(attribute.getNodeName(), attribute.getNodeValue());
                }
            }
            String text = ownText(element);
            if (!text.isEmpty()) {
                attributes.put("#text", text);
            }
            elements.put(element.getAttribute("id"), new Snapshot(element.getLocalName(), attributes));
        }
        return elements;
    }

    /** The element's own text and that of its children without an id (conditions, timer dates, table cells). */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue().strip());
            } else if (child instanceof Element nested && !nested.hasAttribute("id")
                    && !"incoming".equals(nested.getLocalName()) && !"outgoing".equals(nested.getLocalName())
                    && !"extensionElements".equals(nested.getLocalName())) {
                String inner = ownText(nested);
                if (!inner.isEmpty()) {
                    text.append(text.isEmpty() ? "" : " ").append(nested.getLocalName()).append(": ").append(inner);
                }
            }
        }
        return text.toString();
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
