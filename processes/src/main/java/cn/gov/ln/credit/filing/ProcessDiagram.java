package cn.gov.ln.credit.filing;

import java.util.List;

/** A process a filing went through, as the case screen draws it: the model, where it waits, where it has been. */
public record ProcessDiagram(String processInstanceId, String processDefinitionKey, String processName, String bpmnXml,
        List<String> active, List<String> passed, boolean ended) {

    public ProcessDiagram {
        active = List.copyOf(active);
        passed = List.copyOf(passed);
    }
}
