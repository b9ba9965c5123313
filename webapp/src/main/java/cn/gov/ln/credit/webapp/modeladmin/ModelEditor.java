package cn.gov.ln.credit.webapp.modeladmin;

import cn.gov.ln.credit.modeladmin.ModelKind;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;

/**
 * The browser editor of one model: bpmn-js Modeler, dmn-js or the form-js editor (static resources in a frame of
 * their own, see {@code scripts/model-editor.js}). The server asks for the edited content when it saves; for BPMN,
 * the selected element (the process when none is) comes back to the properties panel, whose changes go to the
 * modeler's own command stack. What the editor could not keep of the model is listed above it.
 */
@Tag("div")
@JavaScript("context://scripts/model-editor.js")
public class ModelEditor extends Div {

    private Consumer<String> selection = json -> { };

    public ModelEditor(ModelKind kind, String content) {
        addClassName("model-editor");
        setId("model-editor");
        setWidthFull();
        setHeight("560px");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        getElement().executeJs("window.creditModelEditor.open(this, $0, $1, $2, $3, $4)", kind.name(), content,
                getTranslation("models.editorFailed"), getTranslation("models.editorDropped"),
                getTranslation("models.editorNotes"));
    }

    /** The edited content, when the editor has produced it. */
    public void export(Consumer<String> receiver) {
        getElement().executeJs("return this._export()").then(String.class, receiver::accept);
    }

    /** Sets a property of a BPMN element, through the modeler so that undo works. */
    public void update(String elementId, String property, String value) {
        getElement().executeJs("this._update($0, $1, $2)", elementId, property, value == null ? "" : value);
    }

    /** Sets the expression of a timer event's date, duration or cycle. */
    public void updateTimer(String elementId, String expression) {
        getElement().executeJs("this._updateTimer($0, $1)", elementId, expression == null ? "" : expression);
    }

    public void onSelection(Consumer<String> listener) {
        this.selection = listener;
    }

    @ClientCallable
    void selected(String json) {
        selection.accept(json);
    }
}
