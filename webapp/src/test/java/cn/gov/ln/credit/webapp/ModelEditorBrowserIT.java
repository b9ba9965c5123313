package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ln.credit.modeladmin.ModelLibraryQueries;
import cn.gov.ln.credit.modeladmin.ModelLibraryService;
import cn.gov.ln.testing.SignIn;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What an admin types into the model editors is what is saved: decision table cells, a task label still being
 * edited when Save is clicked, the process's own attributes; and elements the editor cannot keep are named on
 * opening, not dropped in silence. Each test types with the keyboard in a real browser and reads the saved draft
 * back from the model library.
 */
@WebIntegrationTest
class ModelEditorBrowserIT {

    static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_EditorTest" targetNamespace="http://credit.ln.gov.cn/bpmn">
              <bpmn:process id="EditorTest" name="编辑器测试" isExecutable="true" camunda:historyTimeToLive="P30D">
                <bpmn:startEvent id="Start" />
                <bpmn:userTask id="Task_Review" name="审核" camunda:candidateGroups="INTAKE_OFFICER" />
                <bpmn:endEvent id="End" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Review" />
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="End" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="Diagram_EditorTest">
                <bpmndi:BPMNPlane id="Plane_EditorTest" bpmnElement="EditorTest">
                  <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
                    <dc:Bounds x="100" y="100" width="36" height="36" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review">
                    <dc:Bounds x="200" y="78" width="100" height="80" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_di" bpmnElement="End">
                    <dc:Bounds x="370" y="100" width="36" height="36" />
                  </bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
                    <di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" />
                  </bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2">
                    <di:waypoint x="300" y="118" /><di:waypoint x="370" y="118" />
                  </bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    static final String TABLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
                xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/"
                xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_EditorTable" name="编辑器测试"
                namespace="http://credit.ln.gov.cn/dmn">
              <decision id="EditorTable" name="编辑器测试" camunda:historyTimeToLive="P180D">
                <decisionTable id="DecisionTable_EditorTable" hitPolicy="FIRST">
                  <input id="Input_Grade" label="信用等级" camunda:inputVariable="grade">
                    <inputExpression id="InputExpression_Grade" typeRef="string"><text>grade</text></inputExpression>
                  </input>
                  <output id="Output_Reason" label="依据" name="reason" typeRef="string" />
                  <rule id="Rule_1">
                    <inputEntry id="Entry_1"><text>"A"</text></inputEntry>
                    <outputEntry id="Out_1"><text>"GOOD"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
              <dmndi:DMNDI>
                <dmndi:DMNDiagram id="DMNDiagram_EditorTable">
                  <dmndi:DMNShape id="DMNShape_EditorTable" dmnElementRef="EditorTable">
                    <dc:Bounds height="80" width="180" x="160" y="100" />
                  </dmndi:DMNShape>
                </dmndi:DMNDiagram>
              </dmndi:DMNDI>
            </definitions>
            """;

    @LocalServerPort
    int port;
    @Autowired
    ModelLibraryService library;
    @Autowired
    ModelLibraryQueries queries;
    @Autowired
    org.apache.shiro.mgt.SecurityManager securityManager;

    @Test
    void whatIsTypedIntoDecisionTableCellsIsSavedAsTyped() throws Exception {
        long draft = imported("processes/EditorTypingTest.dmn", TABLE);
        try (BrowserSession admin = opened(draft)) {
            intoEditor(admin);
            type(admin, By.cssSelector("[data-element-id='Entry_1'] [contenteditable]"), "\"a b\"");
            type(admin, By.cssSelector("[data-element-id='Out_1'] [contenteditable]"), "\"c d\"");
            type(admin, By.cssSelector("td.annotation [contenteditable]"), "note \"e f\"");
            admin.driver().switchTo().defaultContent();
            Object early = admin.asyncScript("const done = arguments[0]; "
                    + "document.getElementById('model-editor')._export().then(done);");
            assertThat(text(early.toString(), "Rule_1")).as("exported within the editor's 300 ms of the last key")
                    .isEqualTo("note \"e f\"");
            String xml = save(admin, draft, TABLE);
            assertThat(text(xml, "Entry_1")).isEqualTo("\"a b\"");
            assertThat(text(xml, "Out_1")).isEqualTo("\"c d\"");
            assertThat(text(xml, "Rule_1")).as("saved without leaving the cell").isEqualTo("note \"e f\"");
        }
    }

    @Test
    void aLabelStillBeingTypedWhenSaveIsClickedIsSaved() throws Exception {
        long draft = imported("processes/EditorLabelTest.bpmn", PROCESS);
        try (BrowserSession admin = opened(draft)) {
            intoEditor(admin);
            WebElement task = admin.await(By.cssSelector("g.djs-element[data-element-id='Task_Review']"));
            new Actions(admin.driver()).doubleClick(task).perform();
            admin.until(Duration.ofSeconds(10), d -> d.switchTo().activeElement()
                    .getAttribute("class").contains("djs-direct-editing-content"));
            new Actions(admin.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                    .sendKeys("Review \"a b\"").perform();
            String xml = save(admin, draft, PROCESS);
            assertThat(element(xml, "Task_Review").getAttribute("name")).isEqualTo("Review \"a b\"");
        }
    }

    @Test
    void elementsTheEditorCannotKeepAreNamedWhenTheModelOpens() throws Exception {
        String broken = PROCESS.replace("<bpmn:endEvent id=\"End\" />", "<bpmn:endEvent id=\"End\" />\n"
                + "    <bpmn:userTask id=\"1Bad\" name=\"非法编号\" />\n    <bpmn:fancyTask id=\"Task_Unknown\" />");
        long draft = imported("processes/EditorDroppedTest.bpmn", broken);
        try (BrowserSession admin = opened(draft)) {
            admin.awaitText(By.id("editor-warnings"), "1Bad");
            assertThat(admin.driver().findElement(By.id("editor-warnings")).getText())
                    .contains("Task_Unknown", "bpmn:fancyTask", "保存");
        }
    }

    @Test
    void theProcessItselfIsSelectedOnTheEmptyCanvasAndItsAttributesSaved() throws Exception {
        long draft = imported("processes/EditorProcessTest.bpmn", PROCESS);
        try (BrowserSession admin = opened(draft)) {
            intoEditor(admin);
            admin.await(By.cssSelector("g.djs-element[data-element-id='Task_Review']")).click();
            admin.driver().switchTo().defaultContent();
            admin.awaitValue(By.cssSelector("#property-name input"), "审核");
            intoEditor(admin);
            WebElement canvas = admin.await(By.cssSelector(".djs-container"));
            new Actions(admin.driver()).moveToElement(canvas, 0, canvas.getSize().getHeight() / 2 - 40).click()
                    .perform();
            admin.driver().switchTo().defaultContent();
            WebElement ttl = admin.awaitValue(By.cssSelector("#property-historyTimeToLive input"), "P30D");
            assertThat(admin.driver().findElement(By.cssSelector("#property-id input")).getAttribute("value"))
                    .isEqualTo("EditorTest");
            ttl.sendKeys(Keys.chord(Keys.CONTROL, "a"), "P90D", Keys.TAB);
            admin.awaitValue(By.cssSelector("#property-historyTimeToLive input"), "P90D");
            String xml = save(admin, draft, PROCESS);
            Element process = element(xml, "EditorTest");
            assertThat(process.getAttributeNS("http://camunda.org/schema/1.0/bpmn", "historyTimeToLive"))
                    .isEqualTo("P90D");
            assertThat(process.getAttribute("name")).isEqualTo("编辑器测试");
        }
    }

    private long imported(String resource, String content) {
        return new SignIn(securityManager).call("procadmin",
                () -> library.importModel(resource, content.getBytes(StandardCharsets.UTF_8)).id());
    }

    private BrowserSession opened(long draft) throws IOException {
        BrowserSession admin = BrowserSession.signedIn(port, "procadmin");
        admin.open("/admin/models/drafts/" + draft);
        admin.await(ModelScreens.EDITOR_READY);
        return admin;
    }

    /** The editor's own document, in its frame. */
    private static void intoEditor(BrowserSession admin) {
        admin.driver().switchTo().frame(admin.await(By.cssSelector("#model-editor iframe")));
    }

    /** Clicks into a cell, selects what it holds and types over it, key by key. */
    private static void type(BrowserSession admin, By cell, String text) {
        admin.await(cell).click();
        new Actions(admin.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text).perform();
    }

    /** Clicks Save at once, as a user does, and returns the draft as saved. */
    private String save(BrowserSession admin, long draft, String before) {
        admin.driver().switchTo().defaultContent();
        admin.driver().findElement(By.id("draft-save")).click();
        SignIn signIn = new SignIn(securityManager);
        return admin.until(Duration.ofSeconds(30), d -> {
            String content = signIn.call("procadmin", () -> queries.draft(draft).content());
            return content.equals(before) ? null : content;
        });
    }

    /** An entry's text or a rule's annotation. */
    private static String text(String xml, String id) {
        Element element = element(xml, id);
        NodeList texts = element.getElementsByTagNameNS("*", element.getLocalName().equals("rule") ? "description"
                : "text");
        return texts.getLength() == 0 ? null : texts.item(0).getTextContent();
    }

    private static Element element(String xml, String id) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList all = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (id.equals(element.getAttribute("id"))) {
                    return element;
                }
            }
            throw new AssertionError("no element " + id + " in " + xml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
