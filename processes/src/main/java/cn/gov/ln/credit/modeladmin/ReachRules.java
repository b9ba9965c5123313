package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.engine.ExpressionReach;
import cn.gov.ln.credit.engine.ModelBeans;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Every place of a model where an expression or a script may stand, read from the file itself (not from a model
 * API that knows only some places): attributes and texts of every element, extension elements included. A script
 * in any language, a connector or a Java class is a finding; an expression may call the beans the engine exposes to
 * models, ask the execution or task what {@link ExpressionReach} lets it, and call plain value methods on variables;
 * no reflection. Each finding names the element (the nearest one with an id) and the attribute or child element.
 */
final class ReachRules {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA_BPMN = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
    private static final Pattern FEEL_EXTERNAL = Pattern.compile("\\bexternal\\b");
    private static final Set<String> SCOPES = Set.of("execution", "task");
    /** Methods of plain values (text, numbers, dates, collections, decision results) a shipped model may call. */
    static final Set<String> VALUE_METHODS = Set.of("getSingleResult", "getFirstResult", "getResultList",
            "getSingleEntry", "getFirstEntry", "getEntry", "collectEntries", "get", "size", "isEmpty", "contains",
            "containsKey", "startsWith", "endsWith", "trim", "strip", "length", "toUpperCase", "toLowerCase",
            "substring", "equals", "equalsIgnoreCase", "compareTo", "indexOf", "isBefore", "isAfter", "plusDays",
            "minusDays", "intValue", "longValue", "toString");
    private static final Set<String> DIAGRAM = ModelDiff.DIAGRAM;

    private final ModelBeans beans;

    ReachRules(ModelBeans beans) {
        this.beans = beans;
    }

    void check(Element root, List<Finding> findings) {
        walk(root, null, findings);
    }

    private void walk(Element element, String owner, List<Finding> findings) {
        if (DIAGRAM.contains(element.getNamespaceURI())) {
            return;
        }
        String id = element.getAttribute("id");
        String here = id.isBlank() ? owner : id;
        String name = qualified(element);
        String local = element.getLocalName();
        String ns = element.getNamespaceURI();
        if (BPMN.equals(ns) && "scriptTask".equals(local)
                || (CAMUNDA_BPMN.equals(ns) || CAMUNDA_DMN.equals(ns)) && "script".equals(local)) {
            findings.add(Finding.at(here, name, "scriptNotAllowed", format(element)));
        }
        if ((CAMUNDA_BPMN.equals(ns) || CAMUNDA_DMN.equals(ns)) && "connector".equals(local)) {
            findings.add(Finding.at(here, name, "connectorNotAllowed"));
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            attribute(element, (Attr) attributes.item(i), here, findings);
        }
        String text = ownText(element);
        if (!text.isBlank()) {
            text(element, text, here, name, findings);
        }
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                walk(nested, here, findings);
            }
        }
    }

    private void attribute(Element element, Attr attribute, String owner, List<Finding> findings) {
        String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String value = attribute.getValue();
        String name = attribute.getName();
        String space = attribute.getNamespaceURI() == null ? element.getNamespaceURI() : attribute.getNamespaceURI();
        boolean camunda = CAMUNDA_BPMN.equals(space) || CAMUNDA_DMN.equals(space);
        if (camunda && "class".equals(local)) {
            findings.add(Finding.at(owner, name, "classNotAllowed", value));
        } else if (camunda && "delegateExpression".equals(local)) {
            Matcher bean = BEAN.matcher(value.strip());
            if (!bean.matches() || !beans.exposes(bean.group(1))) {
                findings.add(Finding.at(owner, name, "delegateUnknown", value, offered()));
            }
        } else if (camunda && "type".equals(local) && "external".equals(value)) {
            String topic = element.getAttributeNS(CAMUNDA_BPMN, "topic");
            findings.add(Finding.at(owner, name, "topicUnknown", topic.isBlank() ? "—" : topic));
        } else if ("scriptFormat".equals(local) || camunda && "resource".equals(local)
                && "script".equals(element.getLocalName())) {
            return; // the script element itself is the finding
        } else if ("language".equals(local) && !value.isBlank() && BPMN.equals(element.getNamespaceURI())) {
            findings.add(Finding.at(owner, name, "scriptNotAllowed", value));
        } else if ("expressionLanguage".equals(local) && isDmn(element) && !isFeel(value) && !isJuel(value)) {
            findings.add(Finding.at(owner, name, "scriptNotAllowed", value));
        } else if (value.contains("${") || value.contains("#{")) {
            expression(owner, name, value, findings);
        }
    }

    private void text(Element element, String text, String owner, String name, List<Finding> findings) {
        if (CAMUNDA_DMN.equals(element.getNamespaceURI()) || isDmn(element)) {
            String language = expressionLanguage(element);
            if (isJuel(language)) {
                expression(owner, name, text, findings);
            } else if (isFeel(language) && FEEL_EXTERNAL.matcher(text).find()) {
                findings.add(Finding.at(owner, name, "feelExternal"));
            }
            return;
        }
        if (text.contains("${") || text.contains("#{")) {
            expression(owner, name, text, findings);
        }
    }

    /** One expression, read by the engine's own parser, every step held to what the engine allows. */
    void expression(String owner, String attribute, String text, List<Finding> findings) {
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(text.strip()).getRoot();
        } catch (TreeBuilderException e) {
            findings.add(Finding.at(owner, attribute, "expressionInvalid", text.strip()));
            return;
        }
        String refused = refused(root);
        if (refused != null) {
            if (refused.startsWith("bean:")) {
                findings.add(Finding.at(owner, attribute, "beanUnknown", refused.substring(5), offered()));
            } else {
                findings.add(Finding.at(owner, attribute, "expressionNotAllowed", refused));
            }
        }
    }

    /** The first step of the expression the engine would refuse, or null. */
    private String refused(Node node) {
        if (node instanceof AstFunction function && !ExpressionReach.FUNCTIONS.contains(function.getName())) {
            return function.getName() + "()";
        }
        if (node instanceof AstMethod method) {
            AstProperty property = (AstProperty) method.getChild(0);
            String name = propertyName(property);
            Node base = property.getChild(0);
            if (name == null) {
                return "[…]()";
            }
            String problem = methodProblem(base, name);
            if (problem == null) {
                problem = refused(base);
            }
            return problem != null ? problem : refused(method.getChild(1));
        } else if (node instanceof AstProperty property) {
            String name = propertyName(property);
            Node base = property.getChild(0);
            if (name != null && (forbidden(name) || base instanceof AstIdentifier scope
                    && SCOPES.contains(scope.getName()) && !ExpressionReach.SCOPE_PROPERTIES.contains(name))) {
                return name;
            }
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            String problem = refused(node.getChild(i));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private String methodProblem(Node base, String name) {
        if (forbidden(name)) {
            return name + "()";
        }
        if (base instanceof AstIdentifier identifier) {
            String root = identifier.getName();
            if (beans.exposes(root)) {
                return null;
            }
            if (SCOPES.contains(root)) {
                return ExpressionReach.SCOPE_METHODS.contains(name) ? null : root + "." + name + "()";
            }
            return VALUE_METHODS.contains(name) ? null : "bean:" + root;
        }
        return VALUE_METHODS.contains(name) ? null : name + "()";
    }

    /** The beans a model may name, for the message that says what to use instead. */
    private String offered() {
        return String.join(", ", beans.names());
    }

    private static boolean forbidden(String name) {
        return ExpressionReach.isForbidden(name);
    }

    /** The property or method name when the model writes it literally; null when it is computed. */
    private static String propertyName(AstProperty property) {
        if (property instanceof AstDot dot) {
            String text = dot.toString();
            return text.substring(text.lastIndexOf(' ') + 1);
        }
        if (property instanceof AstBracket bracket && bracket.getChild(1) instanceof AstString literal) {
            return String.valueOf(literal.eval(null, null));
        }
        return null;
    }

    private static String expressionLanguage(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element current; node = node.getParentNode()) {
            String language = current.getAttribute("expressionLanguage");
            if (!language.isBlank()) {
                return language;
            }
        }
        return "feel";
    }

    private static boolean isDmn(Element element) {
        String ns = element.getNamespaceURI();
        return ns != null && ns.contains("DMN") && !DIAGRAM.contains(ns);
    }

    private static boolean isFeel(String language) {
        return language.toLowerCase(Locale.ROOT).contains("feel");
    }

    private static boolean isJuel(String language) {
        return "juel".equalsIgnoreCase(language.strip());
    }

    private static String format(Element element) {
        String format = element.getAttribute("scriptFormat");
        return format.isBlank() ? element.getLocalName() : format;
    }

    private static String qualified(Element element) {
        return element.getPrefix() == null ? element.getLocalName() : element.getPrefix() + ":"
                + element.getLocalName();
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE
                    || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }
}
