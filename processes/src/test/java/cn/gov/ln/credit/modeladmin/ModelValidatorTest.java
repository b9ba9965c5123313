package cn.gov.ln.credit.modeladmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * The routing table's legal floor as a model library rule: a {@code CreditRouting} table that could allow approval in
 * lieu to a listed subject or one with a false pledge is a finding; the shipped table is not. Decision tables need no
 * application context; the engine is only asked for its settings.
 */
class ModelValidatorTest {

    static final String ROUTING = "processes/CreditRouting.dmn";

    private final ModelValidator validator = new ModelValidator(engine(), null, new ObjectMapper());

    @Test
    void theShippedRoutingTableKeepsTheRule() throws IOException {
        assertThat(validator.validate(ROUTING, bytes(shipped()), Set.of())).isEmpty();
    }

    @Test
    void aTableThatAllowsApprovalInLieuToEveryoneIsAFindingForBothBarredKinds() throws IOException {
        String hostile = shipped().replace("<text>false</text>", "<text>true</text>");
        List<Finding> findings = validator.validate(ROUTING, bytes(hostile), Set.of());
        assertThat(findings).extracting(f -> f.elementId() + ":" + f.rule())
                .containsExactly("CreditRouting:inLieuFloor", "CreditRouting:inLieuFloor");
        assertThat(findings).extracting(Finding::messageKey).containsOnly("model.lint.inLieuFloor");
        assertThat(findings.get(0).arguments()).singleElement().asString().startsWith("dishonestyListed=true");
        assertThat(findings.get(1).arguments()).singleElement().asString()
                .startsWith("dishonestyListed=false, falsePledges=1");
    }

    @Test
    void subtlerEditsAreCaughtToo() throws IOException {
        String withoutListingRule = shipped().replaceAll("(?s)<rule id=\"Rule_DishonestyListed\">.*?</rule>", "");
        assertThat(rules(withoutListingRule)).containsExactly("CreditRouting:inLieuFloor");
        assertThat(validator.validate(ROUTING, bytes(withoutListingRule), Set.of()).get(0).arguments().toString())
                .contains("dishonestyListed=true");

        String onlyRepeatedFalsePledges = shipped().replace("<text>&gt; 0</text>", "<text>&gt; 1</text>");
        assertThat(validator.validate(ROUTING, bytes(onlyRepeatedFalsePledges), Set.of()))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("inLieuFloor");
                    assertThat(f.arguments().toString()).contains("dishonestyListed=false, falsePledges=1");
                });
    }

    @Test
    void aTableInAnotherExpressionLanguageIsNotEvaluatedAndCannotPass() throws IOException {
        String script = shipped().replace("<outputEntry id=\"Out_O_2\">",
                "<outputEntry id=\"Out_O_2\" expressionLanguage=\"javascript\">");
        assertThat(validator.validate(ROUTING, bytes(script), Set.of()))
                .extracting(Finding::elementId, Finding::attribute, Finding::rule, Finding::arguments)
                .containsExactlyInAnyOrder(
                        tuple("CreditRouting", null, "inLieuUncheckable", List.of("expressionLanguage=javascript")),
                        tuple("Out_O_2", "expressionLanguage", "scriptNotAllowed", List.of("javascript")));
    }

    @Test
    void otherDecisionsAreNotHeldToTheRoutingRule() throws IOException {
        String renamed = shipped().replace("id=\"CreditRouting\"", "id=\"OtherRouting\"")
                .replace("dmnElementRef=\"CreditRouting\"", "dmnElementRef=\"OtherRouting\"")
                .replace("<text>false</text>", "<text>true</text>");
        assertThat(validator.validate("processes/OtherRouting.dmn", bytes(renamed), Set.of())).isEmpty();
    }

    private List<String> rules(String dmn) {
        return validator.validate(ROUTING, bytes(dmn), Set.of()).stream().map(f -> f.elementId() + ":" + f.rule())
                .toList();
    }

    private static String shipped() throws IOException {
        try (InputStream in = ModelValidatorTest.class.getClassLoader().getResourceAsStream(ROUTING)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** An engine that only answers for its configuration, the one thing the DMN rules read of it. */
    private static ProcessEngine engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        return (ProcessEngine) Proxy.newProxyInstance(ModelValidatorTest.class.getClassLoader(),
                new Class<?>[] {ProcessEngine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProcessEngineConfiguration" -> configuration;
                    case "getName" -> "validator-test";
                    case "toString" -> "validator-test engine";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
