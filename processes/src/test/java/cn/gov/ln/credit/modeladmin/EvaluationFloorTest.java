package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The evaluation model's floor as a model library rule: the shipped model grades every total and a serious listing
 * D; a draft that lets a serious listing score less, or leaves totals without a grade, is a finding.
 */
class EvaluationFloorTest {

    static final String MODEL = "processes/CreditEvaluation.dmn";

    private final ModelValidator validator = new ModelValidator(engine(), null, new ObjectMapper());

    @Test
    void theShippedModelKeepsTheFloor() throws IOException {
        assertThat(validator.validate(MODEL, bytes(shipped()), Set.of())).isEmpty();
    }

    @Test
    void aSeriousListingScoredLightlyIsAFinding() throws IOException {
        String lenient = shipped().replace("<text>-1000</text>", "<text>-100</text>");
        List<Finding> findings = validator.validate(MODEL, bytes(lenient), Set.of());
        assertThat(findings).extracting(f -> f.elementId() + ":" + f.rule()).containsExactly("Grade:evaluationFloor");
        assertThat(findings.get(0).messageKey()).isEqualTo("model.lint.evaluationFloor");
        assertThat(findings.get(0).arguments()).startsWith(1L);
    }

    @Test
    void totalsWithoutAGradeAreAFinding() throws IOException {
        String gap = shipped().replace("<text>[600..750[</text>", "<text>[650..750[</text>");
        assertThat(validator.validate(MODEL, bytes(gap), Set.of())).extracting(f -> f.rule() + f.arguments())
                .containsExactly("evaluationGradeMissing[600]");
    }

    @Test
    void theModelIsCheckedByItsKeyAndMustKeepTheGradeAndTheSeriousListingTables() throws IOException {
        String noGrade = shipped().replace("<decision id=\"Grade\"", "<decision id=\"Total\"");
        assertThat(validator.validate(MODEL, bytes(noGrade), Set.of())).extracting(f -> f.rule() + f.arguments())
                .contains("evaluationIncomplete[Grade]");
        String noFactors = shipped().replace("\"Factor_", "\"Points_");
        assertThat(validator.validate(MODEL, bytes(noFactors), Set.of())).extracting(f -> f.rule() + f.arguments())
                .contains("evaluationIncomplete[Factor_seriousListings]");
    }

    @Test
    void aScoreThatIsNotAWholeNumberIsAFinding() throws IOException {
        String text = shipped().replace("<output id=\"Output_redList\" label=\"得分\" name=\"score\" typeRef=\"integer\"",
                "<output id=\"Output_redList\" label=\"得分\" name=\"score\"")
                .replace("<outputEntry id=\"Out_redList_2\"><text>50</text>",
                        "<outputEntry id=\"Out_redList_2\"><text>\"fifty\"</text>");
        List<Finding> findings = validator.validate(MODEL, bytes(text), Set.of());
        assertThat(findings).extracting(f -> f.elementId() + ":" + f.rule() + f.arguments())
                .containsExactly("Factor_redList:evaluationScoreNotNumeric[1, fifty]");
        assertThat(findings.get(0).messageKey()).isEqualTo("model.lint.evaluationScoreNotNumeric");
    }

    private static String shipped() throws IOException {
        try (InputStream in = EvaluationFloorTest.class.getClassLoader().getResourceAsStream(MODEL)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        return (ProcessEngine) Proxy.newProxyInstance(EvaluationFloorTest.class.getClassLoader(),
                new Class<?>[] {ProcessEngine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProcessEngineConfiguration" -> configuration;
                    case "getName" -> "evaluation-floor-test";
                    case "toString" -> "evaluation-floor-test engine";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
