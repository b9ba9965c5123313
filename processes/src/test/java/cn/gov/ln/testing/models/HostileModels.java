package cn.gov.ln.testing.models;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A corpus of hostile models, one per place of a BPMN or DMN model where an expression or a script may stand, plus
 * files that are not models at all. Each model case names the element and the rule its finding must carry; the
 * cases marked {@code attack} try to set the system property {@link #MARKER} or reach the engine's services, so a
 * test that forces them into the engine can tell whether anything ran.
 */
public final class HostileModels {

    public static final String MARKER = "credit.pwned";
    public static final String PROCESS = "processes/Hostile.bpmn";
    public static final String TABLE = "processes/HostileTable.dmn";

    /** Reflection from a plain string to System.setProperty: what a model must never be able to do. */
    static final String REFLECT = "${''.getClass().forName('java.lang.System').getMethod('setProperty', "
            + "''.getClass(), ''.getClass()).invoke(null, '" + MARKER + "', 'yes')}";
    static final String SCRIPT = "java.lang.System.setProperty('" + MARKER + "', 'yes')";
    static final String ENGINE = "${execution.processEngineServices.runtimeService.createProcessInstanceQuery()"
            + ".count() &gt; 0}";

    /** A hostile model: where it is caught (element, rule) and whether forcing it into the engine is an attack. */
    public record Case(String name, String resourceName, String content, String element, String rule,
            boolean attack) {

        public byte[] bytes() {
            return content.getBytes(StandardCharsets.UTF_8);
        }

        public String key() {
            return resourceName.endsWith(".dmn") ? "HostileTable" : "Hostile";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A file that is not a model: refused at upload with this message key. */
    public record NotAModel(String name, String resourceName, byte[] bytes, String messageKey) {

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileModels() {
    }

    public static List<Case> models() {
        List<Case> cases = new ArrayList<>();
        cases.add(process("service task expression reflects", "", task("camunda:expression=\"" + REFLECT + "\""),
                "", "Task_Work", "expressionNotAllowed", true));
        cases.add(process("execution listener expression reaches the engine", listener("expression=\"" + ENGINE
                + "\""), task("camunda:expression=\"${true}\""), "", "StartEvent_1", "expressionNotAllowed", true));
        cases.add(process("execution listener names a class", listener("class=\"java.lang.Object\""),
                task("camunda:expression=\"${true}\""), "", "StartEvent_1", "classNotAllowed", true));
        cases.add(process("execution listener script", "<bpmn:extensionElements><camunda:executionListener "
                + "event=\"start\"><camunda:script scriptFormat=\"groovy\">" + SCRIPT + "</camunda:script>"
                + "</camunda:executionListener></bpmn:extensionElements>", task("camunda:expression=\"${true}\""), "",
                "StartEvent_1", "scriptNotAllowed", true));
        cases.add(process("task listener expression reflects", "", "<bpmn:userTask id=\"Task_Work\" "
                + "camunda:candidateGroups=\"PROCESS_ADMIN\"><bpmn:extensionElements><camunda:taskListener "
                + "event=\"create\" expression=\"" + REFLECT + "\"/></bpmn:extensionElements></bpmn:userTask>", "",
                "Task_Work", "expressionNotAllowed", true));
        cases.add(process("groovy in an input parameter", "", "<bpmn:serviceTask id=\"Task_Work\" "
                + "camunda:expression=\"${true}\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter"
                + " name=\"x\"><camunda:script scriptFormat=\"groovy\">" + SCRIPT + "</camunda:script>"
                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>", "",
                "Task_Work", "scriptNotAllowed", true));
        cases.add(process("output parameter reaches the engine", "", "<bpmn:serviceTask id=\"Task_Work\" "
                + "camunda:expression=\"${true}\"><bpmn:extensionElements><camunda:inputOutput>"
                + "<camunda:outputParameter name=\"y\">" + ENGINE + "</camunda:outputParameter></camunda:inputOutput>"
                + "</bpmn:extensionElements></bpmn:serviceTask>", "", "Task_Work", "expressionNotAllowed", true));
        cases.add(process("JUEL script condition", "", task("camunda:expression=\"${true}\""),
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"juel\">" + REFLECT
                        + "</bpmn:conditionExpression>", "Flow_2", "scriptNotAllowed", true));
        cases.add(process("groovy condition", "", task("camunda:expression=\"${true}\""),
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\" language=\"groovy\">" + SCRIPT
                        + "</bpmn:conditionExpression>", "Flow_2", "scriptNotAllowed", true));
        cases.add(process("condition expression reaches the engine", "", task("camunda:expression=\"${true}\""),
                "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">" + ENGINE
                        + "</bpmn:conditionExpression>", "Flow_2", "expressionNotAllowed", true));
        cases.add(process("connector with JavaScript", "", "<bpmn:serviceTask id=\"Task_Work\">"
                + "<bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId>"
                + "<camunda:inputOutput><camunda:inputParameter name=\"payload\"><camunda:script "
                + "scriptFormat=\"javascript\">" + SCRIPT + "</camunda:script></camunda:inputParameter>"
                + "</camunda:inputOutput></camunda:connector></bpmn:extensionElements></bpmn:serviceTask>", "",
                "Task_Work", "connectorNotAllowed", true));
        cases.add(process("script task", "", "<bpmn:scriptTask id=\"Task_Work\" scriptFormat=\"javascript\">"
                + "<bpmn:script>" + SCRIPT + "</bpmn:script></bpmn:scriptTask>", "", "Task_Work", "scriptNotAllowed",
                true));
        cases.add(process("timer expression reflects", "", "<bpmn:intermediateCatchEvent id=\"Task_Work\">"
                + "<bpmn:timerEventDefinition id=\"Timer_1\"><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">"
                + REFLECT + "</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>", "",
                "Timer_1", "expressionNotAllowed", true));
        cases.add(process("multi-instance collection reflects", "", "<bpmn:serviceTask id=\"Task_Work\" "
                + "camunda:expression=\"${true}\"><bpmn:multiInstanceLoopCharacteristics camunda:collection=\""
                + "${penaltyService.getClass().getClassLoader()}\" camunda:elementVariable=\"x\"/>"
                + "</bpmn:serviceTask>", "", "Task_Work", "expressionNotAllowed", true));
        cases.add(process("loop cardinality reflects", "", "<bpmn:serviceTask id=\"Task_Work\" "
                + "camunda:expression=\"${true}\"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality "
                + "xsi:type=\"bpmn:tFormalExpression\">" + REFLECT + "</bpmn:loopCardinality>"
                + "</bpmn:multiInstanceLoopCharacteristics></bpmn:serviceTask>", "", "Task_Work",
                "expressionNotAllowed", true));
        cases.add(process("field injection expression reflects", "", "<bpmn:serviceTask id=\"Task_Work\" "
                + "camunda:delegateExpression=\"${overdueDelegate}\"><bpmn:extensionElements><camunda:field "
                + "name=\"x\"><camunda:expression>" + REFLECT + "</camunda:expression></camunda:field>"
                + "</bpmn:extensionElements></bpmn:serviceTask>", "", "Task_Work", "expressionNotAllowed", true));
        cases.add(process("form field default reaches the engine", "", "<bpmn:userTask id=\"Task_Work\" "
                + "camunda:candidateGroups=\"PROCESS_ADMIN\"><bpmn:extensionElements><camunda:formData>"
                + "<camunda:formField id=\"Field_1\" type=\"string\" defaultValue=\"" + REFLECT + "\"/>"
                + "</camunda:formData></bpmn:extensionElements></bpmn:userTask>", "", "Field_1",
                "expressionNotAllowed", false));
        cases.add(process("message event names a class", "", "<bpmn:intermediateThrowEvent id=\"Task_Work\">"
                + "<bpmn:messageEventDefinition id=\"Message_1\" camunda:class=\"java.lang.Object\"/>"
                + "</bpmn:intermediateThrowEvent>", "", "Message_1", "classNotAllowed", true));
        cases.add(process("delegate expression calls a method", "", task("camunda:delegateExpression=\""
                + "${penaltyService.getClass()}\""), "", "Task_Work", "delegateUnknown", true));
        cases.add(process("expression names a bean models may not reach", "",
                task("camunda:expression=\"${dataSource.getConnection()}\""), "", "Task_Work", "beanUnknown", true));
        cases.add(process("call activity to a process that does not exist", "",
                "<bpmn:callActivity id=\"Task_Work\" calledElement=\"NoSuchProcess\"/>", "", "Task_Work",
                "calledElementUnknown", false));
        cases.add(process("business rule task to a decision that does not exist", "",
                "<bpmn:businessRuleTask id=\"Task_Work\" camunda:decisionRef=\"NoSuchDecision\" "
                        + "camunda:resultVariable=\"r\"/>", "", "Task_Work", "decisionUnknown", false));
        cases.add(table("groovy input expression", "expressionLanguage=\"groovy\"", SCRIPT, "&gt; 1", "",
                "\"ok\"", "InputExpression_1", "scriptNotAllowed", true));
        cases.add(table("JUEL output entry reflects", "", "amount", "&gt; 1", "expressionLanguage=\"juel\"",
                REFLECT, "Out_1", "expressionNotAllowed", true));
        cases.add(table("FEEL external function", "", "amount", "&gt; 1", "",
                "(function(k, v) external {java: {class: \"java.lang.System\", method signature: "
                        + "\"setProperty(java.lang.String, java.lang.String)\"}})(\"" + MARKER + "\", \"yes\")",
                "Out_1", "feelExternal", true));
        cases.add(table("garbled FEEL output (an unclosed string)", "", "amount", "&gt; 1", "", "\"a b",
                "Rule_1", "feelInvalid", false));
        cases.add(table("garbled FEEL input entry", "", "amount", "ba \" &lt;", "", "\"ok\"", "Rule_1",
                "feelInvalid", false));
        return cases;
    }

    public static List<NotAModel> notModels() {
        List<NotAModel> files = new ArrayList<>();
        files.add(new NotAModel("XXE (external entity in a DOCTYPE)", PROCESS, ("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<bpmn:definitions xmlns:bpmn="
                + "\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>")
                .getBytes(StandardCharsets.UTF_8), "model.lint.doctype"));
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">&lol9;</definitions>");
        files.add(new NotAModel("billion laughs", TABLE, laughs.toString().getBytes(StandardCharsets.UTF_8),
                "model.lint.doctype"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        files.add(new NotAModel("binary", PROCESS, binary, "model.lint.notAModel"));
        files.add(new NotAModel("zip archive", PROCESS, zip(), "model.lint.notAModel"));
        files.add(new NotAModel("JSON under a BPMN name", PROCESS, "{\"components\": []}"
                .getBytes(StandardCharsets.UTF_8), "model.lint.notAModel"));
        files.add(new NotAModel("XML that is not BPMN", PROCESS, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                .getBytes(StandardCharsets.UTF_8), "model.lint.notAModel"));
        files.add(new NotAModel("BPMN under a DMN name", TABLE, template().getBytes(StandardCharsets.UTF_8),
                "model.lint.notAModel"));
        files.add(new NotAModel("XML that breaks off", PROCESS, "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/"
                .getBytes(StandardCharsets.UTF_8), "model.lint.malformedAt"));
        files.add(new NotAModel("empty", PROCESS, new byte[0], "model.lint.empty"));
        byte[] oversized = new byte[3 * 1024 * 1024 - 1024];
        java.util.Arrays.fill(oversized, (byte) ' ');
        files.add(new NotAModel("oversized", PROCESS, oversized, "model.lint.tooLarge"));
        return files;
    }

    private static String task(String attributes) {
        return "<bpmn:serviceTask id=\"Task_Work\" " + attributes + "/>";
    }

    private static String listener(String attributes) {
        return "<bpmn:extensionElements><camunda:executionListener event=\"start\" " + attributes
                + "/></bpmn:extensionElements>";
    }

    private static Case process(String name, String start, String task, String condition, String element,
            String rule, boolean attack) {
        String content = template().replace("%START%", start).replace("%TASK%", task).replace("%CONDITION%",
                condition);
        return new Case(name, PROCESS, content, element, rule, attack);
    }

    private static String template() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Hostile"
                    targetNamespace="http://camunda.org/examples">
                  <bpmn:process id="Hostile" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_1">%START%</bpmn:startEvent>
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Work"/>
                    %TASK%
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Work" targetRef="EndEvent_1"
                        >%CONDITION%</bpmn:sequenceFlow>
                    <bpmn:endEvent id="EndEvent_1"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;
    }

    private static Case table(String name, String inputLanguage, String input, String entry, String outputLanguage,
            String output, String element, String rule, boolean attack) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_HostileTable" name="Hostile"
                    namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="HostileTable" name="Hostile" camunda:historyTimeToLive="P1D">
                    <decisionTable id="Table_1">
                      <input id="Input_1" label="amount">
                        <inputExpression id="InputExpression_1" typeRef="integer" %INLANG%
                            ><text>%INPUT%</text></inputExpression>
                      </input>
                      <output id="Output_1" name="result" typeRef="string"/>
                      <rule id="Rule_1">
                        <inputEntry id="In_1"><text>%ENTRY%</text></inputEntry>
                        <outputEntry id="Out_1" %OUTLANG%><text>%OUTPUT%</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.replace("%INLANG%", inputLanguage).replace("%INPUT%", input).replace("%ENTRY%", entry)
                .replace("%OUTLANG%", outputLanguage).replace("%OUTPUT%", output);
        return new Case(name, TABLE, content, element, rule, attack);
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("Hostile.bpmn"));
            zip.write(template().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
