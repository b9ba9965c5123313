package cn.gov.ln.credit.webapp;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What an admin types into the model editors is what is saved: decision table cells. Each test types with the
 * keyboard in a real browser and reads the saved draft back from the model library.
 */
@WebIntegrationTest
class ModelEditorBrowserIT {

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
    org.apache.shiro.mgt.SecurityManager securityManager;

    @Test
    void whatIsTypedIntoDecisionTableCellsIsSavedAsTyped() throws Exception {
        long draft = imported("processes/EditorTypingTest.dmn", TABLE);
        try (BrowserSession admin = opened(draft)) {
            intoEditor(admin);
            type(admin, By.cssSelector("[data-element-id='Entry_1'] [contenteditable]"), "\"a b\"");
            type(admin, By.cssSelector("[data-element-id='Out_1'] [contenteditable]"), "\"c d\"");
            String xml = save(admin, draft, TABLE);
            assertThat(text(xml, "Entry_1")).isEqualTo("\"a b\"");
            assertThat(text(xml, "Out_1")).isEqualTo("\"c d\"");
        }
    }

    private long imported(String resource, String content) {
        return new SignIn(securityManager).call("procadmin",
                () -> library.importModel(resource, content.getBytes(StandardCharsets.UTF_8)).id());
    }

    private BrowserSession opened(long draft) throws IOException {
        BrowserSession admin = new BrowserSession(port);
        admin.login("procadmin", SignIn.DEMO_PASSWORD);
        admin.await(By.cssSelector("h1.app-title"));
        admin.open("/admin/models/drafts/" + draft);
        admin.await(By.cssSelector("#model-editor[data-ready='true']"));
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
        return new WebDriverWait(admin.driver(), Duration.ofSeconds(30)).until(d -> {
            String content = signIn.call("procadmin", () -> library.draft(draft).content());
            return content.equals(before) ? null : content;
        });
    }

    private static String text(String xml, String id) {
        NodeList texts = element(xml, id).getElementsByTagNameNS("*", "text");
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
