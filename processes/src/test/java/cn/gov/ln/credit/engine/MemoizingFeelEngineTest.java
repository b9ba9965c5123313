package cn.gov.ln.credit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class MemoizingFeelEngineTest {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private static final List<String> UNARY_TESTS = List.of("true", "false", "> 0", ">= 2", "< -1.5", "0", "1, 2, 3",
            "[1..5]", "(0..10]", "\"A\"", "\"A\",\"B\"", "not(\"D\")", "not(true)", "-", "null", "!= 3",
            "\"a\\\"b\"", "\"x, y\"", "> limit", "true1", "grade", "date(\"2026-01-01\")", "string length(?) > 1",
            "\"A\" , limit", "upper case(\"a\")", "?", "not(limit)");
    private static final List<Object> INPUTS = Arrays.asList(true, false, 0, 1, 3, 7, -2, 2L, 1.5, "A", "B", "D", "",
            "a\"b", "x, y", null);
    private static final List<String> EXPRESSIONS = List.of("\"RESTRICTED\"", "false", "true", "null", "12", "-3.25",
            "grade", "limit", "true1", "grade + \"x\"", "limit + 1", "upper case(grade)", "if limit > 2 then 1 else 0",
            "\"a\" + \"b\"", "missing");

    @Test
    void answersEveryUnaryTestAsTheFeelEngineDoes() {
        MemoizingFeelEngine memo = new MemoizingFeelEngine(FEEL);
        for (int pass = 0; pass < 2; pass++) {
            for (String test : UNARY_TESTS) {
                for (Object input : INPUTS) {
                    for (Object limit : List.of(2, 5)) {
                        VariableMap variables = variables(input, limit);
                        assertThat(outcome(() -> memo.evaluateSimpleUnaryTests(test, "input", variables.asVariableContext())))
                                .as("%s with input %s, limit %s, pass %d", test, input, limit, pass)
                                .isEqualTo(outcome(() -> FEEL.evaluateSimpleUnaryTests(test, "input",
                                        variables.asVariableContext())));
                    }
                }
            }
        }
        assertThat(memo.size()).isPositive();
    }

    @Test
    void answersEveryExpressionAsTheFeelEngineDoes() {
        MemoizingFeelEngine memo = new MemoizingFeelEngine(FEEL);
        for (int pass = 0; pass < 2; pass++) {
            for (String expression : EXPRESSIONS) {
                for (Object grade : Arrays.asList("A", "B", null)) {
                    for (Object limit : List.of(2, 5, 7L)) {
                        VariableMap variables = Variables.putValue("grade", grade).putValue("limit", limit)
                                .putValue("true1", limit);
                        assertThat(outcome(() -> memo.evaluateSimpleExpression(expression,
                                variables.asVariableContext())))
                                .as("%s with grade %s, limit %s, pass %d", expression, grade, limit, pass)
                                .isEqualTo(outcome(() -> FEEL.evaluateSimpleExpression(expression,
                                        variables.asVariableContext())));
                    }
                }
            }
        }
    }

    @Test
    void remembersOnlyWhatDependsOnTheExpressionAndOneValue() {
        MemoizingFeelEngine memo = new MemoizingFeelEngine(FEEL);
        memo.evaluateSimpleUnaryTests("> 0", "input", variables(3, 2).asVariableContext());
        memo.evaluateSimpleUnaryTests("> 0", "input", variables(3, 9).asVariableContext());
        memo.evaluateSimpleExpression("\"RESTRICTED\"", variables(3, 2).asVariableContext());
        memo.evaluateSimpleExpression("grade", Variables.putValue("grade", "A").asVariableContext());
        assertThat(memo.size()).isEqualTo(3);

        memo.evaluateSimpleUnaryTests("> limit", "input", variables(3, 2).asVariableContext());
        memo.evaluateSimpleUnaryTests("date(\"2026-01-01\")", "input", variables(3, 2).asVariableContext());
        memo.evaluateSimpleUnaryTests("true1", "input", variables(3, 2).asVariableContext());
        memo.evaluateSimpleExpression("upper case(grade)", Variables.putValue("grade", "a").asVariableContext());
        memo.evaluateSimpleExpression("limit + 1", variables(3, 2).asVariableContext());
        assertThat(memo.size()).as("nothing that reads another variable or calls a function").isEqualTo(3);

        assertThat(memo.evaluateSimpleUnaryTests("> limit", "input", variables(3, 2).asVariableContext())).isTrue();
        assertThat(memo.evaluateSimpleUnaryTests("> limit", "input", variables(3, 5).asVariableContext())).isFalse();
    }

    @Test
    void aFailingExpressionFailsEveryTimeAndIsNotRemembered() {
        MemoizingFeelEngine memo = new MemoizingFeelEngine(FEEL);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> memo.evaluateSimpleUnaryTests("> > 1", "input", variables(3, 2).asVariableContext()))
                    .isInstanceOf(FeelException.class);
        }
        assertThat(memo.size()).isZero();
    }

    @Test
    void staysWithinItsBound() {
        MemoizingFeelEngine memo = new MemoizingFeelEngine(FEEL);
        for (int i = 0; i < MemoizingFeelEngine.MAX_ENTRIES + 10; i++) {
            memo.evaluateSimpleUnaryTests("> 0", "input", variables(i, 2).asVariableContext());
        }
        assertThat(memo.size()).isLessThanOrEqualTo(MemoizingFeelEngine.MAX_ENTRIES);
    }

    private static VariableMap variables(Object input, Object limit) {
        return Variables.putValue("input", input).putValue("limit", limit).putValue("grade", "B");
    }

    private static Object outcome(java.util.function.Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException e) {
            return new ArrayList<>(List.of("failed", e.getClass().getName()));
        }
    }
}
