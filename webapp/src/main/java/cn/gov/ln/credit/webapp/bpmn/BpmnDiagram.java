package cn.gov.ln.credit.webapp.bpmn;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * A read-only BPMN diagram (bpmn-js navigated viewer, served as a static resource) with the activities a case
 * waits in highlighted and those it passed marked, or, on a model review, the elements a draft changes. Pan and
 * zoom with the mouse.
 */
@Tag("div")
@JavaScript("context://vendor/bpmn-js/bpmn-navigated-viewer.production.min.js")
@StyleSheet("context://vendor/bpmn-js/assets/diagram-js.css")
@StyleSheet("context://vendor/bpmn-js/assets/bpmn-js.css")
@StyleSheet("context://vendor/bpmn-js/assets/bpmn-font/css/bpmn.css")
public class BpmnDiagram extends Div {

    static final String SCRIPT = """
            const el = this;
            const active = $1 ? $1.split(',') : [];
            const passed = $2 ? $2.split(',') : [];
            const changed = $3 ? $3.split(',') : [];
            const show = () => {
              if (!window.BpmnJS) { setTimeout(show, 50); return; }
              const viewer = new BpmnJS({ container: el });
              viewer.importXML($0).then(() => {
                const canvas = viewer.get('canvas');
                const registry = viewer.get('elementRegistry');
                canvas.zoom('fit-viewport');
                passed.forEach(id => registry.get(id) && canvas.addMarker(id, 'passed'));
                active.forEach(id => registry.get(id) && canvas.addMarker(id, 'active'));
                const marked = changed.filter(id => registry.get(id));
                marked.forEach(id => canvas.addMarker(id, 'changed'));
                el.setAttribute('data-active', active.join(' '));
                el.setAttribute('data-changed', marked.join(' '));
                el.setAttribute('data-rendered', 'true');
              }).catch(e => el.setAttribute('data-error', String(e)));
            };
            show();
            """;

    public BpmnDiagram(String bpmnXml, List<String> active, List<String> passed) {
        this(bpmnXml, active, passed, List.of());
    }

    private BpmnDiagram(String bpmnXml, List<String> active, List<String> passed, List<String> changed) {
        addClassName("bpmn-diagram");
        setWidthFull();
        setHeight("360px");
        getElement().executeJs(SCRIPT, bpmnXml, String.join(",", active), String.join(",", passed),
                String.join(",", changed));
    }

    /** A model under review, the elements a draft adds or changes marked (what it removes is in the list beside). */
    public static BpmnDiagram withChanges(String bpmnXml, java.util.Collection<String> changed) {
        BpmnDiagram diagram = new BpmnDiagram(bpmnXml, List.of(), List.of(), List.copyOf(changed));
        diagram.setId("review-diagram");
        diagram.setHeight("420px");
        return diagram;
    }
}
