package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDiffTest {

    private static final String FILING = "processes/PermitFiling.bpmn";
    private static final String ROUTING = "processes/CreditRouting.dmn";

    @Test
    void aListenerAddedInsideExtensionElementsIsAChangeOfItsElement() throws IOException {
        String before = shipped(FILING);
        String after = before.replaceFirst("(<bpmn:userTask id=\"Task_ReviewFiling\"[^>]*>)",
                "$1<bpmn:extensionElements><camunda:executionListener event=\"end\" "
                        + "expression=\"\\${penaltyService.departmentsOf(caseId)}\"/></bpmn:extensionElements>");
        assertThat(after).isNotEqualTo(before);
        assertThat(ModelDiff.diff(bytes(before), bytes(after)))
                .extracting(ModelChange::kind, ModelChange::elementId, ModelChange::attribute, ModelChange::after)
                .contains(tuple(ModelChange.Kind.CHANGED, "Task_ReviewFiling",
                        "camunda:executionListener[end]@expression", "${penaltyService.departmentsOf(caseId)}"));
    }

    @Test
    void conditionsCandidateGroupsAndInputOutputAreEachNamed() throws IOException {
        String before = shipped(FILING);
        String after = before.replace("${reviewDecision == 'REJECT'}", "${reviewDecision != 'REJECT'}")
                .replaceFirst("camunda:candidateGroups=\"([^\"]*)\"", "camunda:candidateGroups=\"$1,PROCESS_ADMIN\"");
        List<ModelChange> changes = ModelDiff.diff(bytes(before), bytes(after));
        assertThat(changes).extracting(ModelChange::attribute).contains("bpmn:conditionExpression",
                "camunda:candidateGroups");
        assertThat(changes).filteredOn(c -> "bpmn:conditionExpression".equals(c.attribute())).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).isEqualTo("${reviewDecision == 'REJECT'}");
                    assertThat(c.after()).isEqualTo("${reviewDecision != 'REJECT'}");
                });
    }

    @Test
    void movingAShapeIsNoChange() throws IOException {
        String before = shipped(FILING);
        String after = before.replaceFirst("<dc:Bounds x=\"(\\d+)\"", "<dc:Bounds x=\"9$1\"");
        assertThat(after).isNotEqualTo(before);
        assertThat(ModelDiff.diff(bytes(before), bytes(after))).isEmpty();
    }

    @Test
    void aNewModelIsListedInFullWithEveryRuleCell() throws IOException {
        String table = shipped(ROUTING);
        List<ModelChange> changes = ModelDiff.diff(bytes("<definitions xmlns=\"https://www.omg.org/spec/DMN/"
                + "20191111/MODEL/\"/>"), bytes(table));
        assertThat(changes).allMatch(c -> c.kind() == ModelChange.Kind.ADDED);
        assertThat(changes).filteredOn(c -> "text".equals(c.attribute())).extracting(ModelChange::after)
                .contains("false", "true");
        assertThat(changes).extracting(ModelChange::elementId).contains("CreditRouting");
    }

    private static String shipped(String resource) throws IOException {
        try (InputStream in = ModelDiffTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
