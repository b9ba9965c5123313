package cn.gov.ln.credit.modeladmin;

import cn.gov.ln.credit.engine.HistorylessDmn;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The model library's rule on a candidate {@code CreditRouting} table: it may not allow approval in lieu to a
 * subject the law bars from it (see {@link #check}).
 */
final class RoutingTableFloor {

    /** The decision that routes a filing; its {@code pledgeAllowed} output opens approval in lieu. */
    static final String DECISION = "CreditRouting";
    private static final List<String> GRADES = List.of("A", "B", "C", "D", "");
    private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

    private final ProcessEngine engine;
    private volatile DmnEngine evaluator;

    RoutingTableFloor(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * The routing table may not allow approval in lieu ({@code pledgeAllowed=true}) to a subject on the
     * serious-dishonesty list or with a false pledge: the table is evaluated, without deploying it, on the engine's
     * FEEL engine for those subjects at every grade, on the red list or not, with or without open breaches. Only
     * FEEL is evaluated (no script or EL of an unreviewed draft runs here); a table in another language, or one that
     * cannot be evaluated for such subjects, cannot be shown to keep the rule and is a finding too. The filing steps
     * enforce the rule whatever the table says; this keeps the model library from contradicting them.
     */
    void check(byte[] content, List<Finding> findings) {
        String language = foreignLanguage(content);
        if (language != null) {
            findings.add(Finding.of(DECISION, "inLieuUncheckable", "expressionLanguage=" + language));
            return;
        }
        DmnDecision routing = evaluator().parseDecision(DECISION, new ByteArrayInputStream(content));
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Map<String, Object>> falsePledges = new ArrayList<>();
        for (String grade : GRADES) {
            for (boolean red : new boolean[] {false, true}) {
                for (int breaches : new int[] {0, 1}) {
                    for (int pledges : new int[] {0, 1}) {
                        listed.add(inputs(true, pledges, red, grade, breaches));
                    }
                    for (int pledges : new int[] {1, 2, 5}) {
                        falsePledges.add(inputs(false, pledges, red, grade, breaches));
                    }
                }
            }
        }
        for (List<Map<String, Object>> cases : List.of(listed, falsePledges)) {
            for (Map<String, Object> inputs : cases) {
                DmnDecisionResult result;
                try {
                    result = evaluator().evaluateDecision(routing, Variables.fromMap(inputs));
                } catch (RuntimeException e) {
                    findings.add(Finding.of(DECISION, "inLieuUncheckable", describe(inputs) + ": "
                            + ParseErrors.reason(e)));
                    return;
                }
                if (result.stream().anyMatch(r -> allows(r.get("pledgeAllowed")))) {
                    findings.add(Finding.of(DECISION, "inLieuFloor", describe(inputs)));
                    break;
                }
            }
        }
    }

    private static Map<String, Object> inputs(boolean listed, int falsePledges, boolean red, String grade,
            int openBreaches) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("dishonestyListed", listed);
        inputs.put("falsePledges", falsePledges);
        inputs.put("redListed", red);
        inputs.put("grade", grade);
        inputs.put("openBreaches", openBreaches);
        return inputs;
    }

    private static String describe(Map<String, Object> inputs) {
        StringBuilder text = new StringBuilder();
        inputs.forEach((name, value) -> text.append(text.isEmpty() ? "" : ", ").append(name).append('=')
                .append(value instanceof String ? "\"" + value + "\"" : value));
        return text.toString();
    }

    private static boolean allows(Object pledgeAllowed) {
        return Boolean.TRUE.equals(pledgeAllowed) || "true".equalsIgnoreCase(String.valueOf(pledgeAllowed).strip());
    }

    /** The first expression language other than FEEL named anywhere in the file, or null. */
    static String foreignLanguage(byte[] content) {
        Document document;
        try {
            document = SafeXml.parse(content);
        } catch (Exception e) {
            return "?";
        }
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            String language = ((Element) elements.item(i)).getAttribute("expressionLanguage").strip();
            if (!language.isEmpty() && !FEEL.contains(language)) {
                return language;
            }
        }
        return null;
    }

    /** A DMN engine on the process engine's FEEL engine (its functions and settings), without its history. */
    DmnEngine evaluator() {
        DmnEngine current = evaluator;
        if (current == null) {
            current = HistorylessDmn.on(engine);
            evaluator = current;
        }
        return current;
    }
}
