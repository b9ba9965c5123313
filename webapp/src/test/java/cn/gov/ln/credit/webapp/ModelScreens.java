package cn.gov.ln.credit.webapp;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The model library's screens, as the process-administration browser tests drive them. */
final class ModelScreens {

    /** The model editor, once its modeler has drawn the draft. */
    static final By EDITOR_READY = By.cssSelector("#model-editor[data-ready='true']");
    /** The model editor, once its modeler has drawn the draft or said why it cannot. */
    static final By EDITOR_SETTLED = By.cssSelector("#model-editor[data-ready='true'], #model-editor[data-error]");

    private ModelScreens() {
    }

    /**
     * Imports a file through the library screen's upload and opens it as a draft; when an earlier draft of the same
     * model is open, confirms that it is replaced.
     */
    static void importFile(BrowserSession admin, String fileName, String content, String resourceName) {
        admin.open("/admin/models");
        WebElement upload = admin.await(By.cssSelector("#import-upload"));
        admin.addFile(upload, content, fileName, "text/xml");
        admin.awaitValue(By.cssSelector("#import-name input"), resourceName);
        admin.click(By.id("import-open"));
        if ("import-replace".equals(admin.await(By.cssSelector("#import-replace, #model-editor"))
                .getAttribute("id"))) {
            admin.click(By.id("import-replace"));
        }
    }
}
