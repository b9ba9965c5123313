package cn.gov.ln.credit.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Remembers what the FEEL engine answered for the expressions a decision table is mostly made of: literals
 * ({@code "RESTRICTED"}, {@code false}), a single variable ({@code dishonestyListed}), and unary tests that name no
 * variable ({@code true}, {@code > 0}, {@code "A","B"}, {@code [1..5]}, {@code not("D")}). For those the answer
 * depends only on the expression and one plain value, so the engine is asked once per pair and the answer is
 * reused. Everything else (functions, other variables, dates, contexts, lists) goes to the FEEL engine every time.
 *
 * <p>Why: the FEEL engine (feel-scala 1.19) builds its table of built-in functions afresh for every evaluation; a
 * routing table of seven rules made that a fifth of the processor time of a filing's credit check job.
 */
final class MemoizingFeelEngine implements FeelEngine {

    static final int MAX_ENTRIES = 10_000;

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern LITERAL = Pattern.compile("true|false|null|-?\\d+(\\.\\d+)?");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern OPERATORS = Pattern.compile("[\\s\\d.,<>=!\\[\\]()\\-]*");
    private static final Set<String> UNARY_WORDS = Set.of("true", "false", "null", "not");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "in", "between",
            "instance", "of", "if", "then", "else", "for", "return", "some", "every", "satisfies", "function");

    private final FeelEngine delegate;
    private final Cache<Key, Object> answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    MemoizingFeelEngine(FeelEngine delegate) {
        this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
        Key key = expressionKey(expression, context);
        if (key == null) {
            return delegate.evaluateSimpleExpression(expression, context);
        }
        Object known = answers.getIfPresent(key);
        if (known != null) {
            return known == Null.VALUE ? null : (T) known;
        }
        T answer = delegate.evaluateSimpleExpression(expression, context);
        remember(key, answer);
        return answer;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext context) {
        Key key = unaryTestsKey(expression, inputVariable, context);
        if (key == null) {
            return delegate.evaluateSimpleUnaryTests(expression, inputVariable, context);
        }
        Object known = answers.getIfPresent(key);
        if (known != null) {
            return (Boolean) known;
        }
        boolean answer = delegate.evaluateSimpleUnaryTests(expression, inputVariable, context);
        remember(key, answer);
        return answer;
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    private void remember(Key key, Object answer) {
        if (answer != null && !isPlain(answer)) {
            return;
        }
        answers.put(key, answer == null ? Null.VALUE : answer);
    }

    private static Key expressionKey(String expression, VariableContext context) {
        if (expression == null) {
            return null;
        }
        String stripped = expression.strip();
        if (STRING_LITERAL.matcher(stripped).matches() || LITERAL.matcher(stripped).matches()) {
            return new Key(Kind.LITERAL, expression, null, null);
        }
        if (NAME.matcher(stripped).matches() && !KEYWORDS.contains(stripped) && context.containsVariable(stripped)) {
            return valueKey(Kind.VARIABLE, expression, context.resolve(stripped));
        }
        return null;
    }

    /** Unary tests of literals and operators only: the answer depends on nothing but the input value. */
    private static Key unaryTestsKey(String expression, String inputVariable, VariableContext context) {
        if (expression == null || inputVariable == null || !context.containsVariable(inputVariable)) {
            return null;
        }
        String rest = STRING_LITERAL.matcher(expression).replaceAll(" ");
        if (rest.indexOf('"') >= 0 || NAME.matcher(rest).results().anyMatch(m -> !UNARY_WORDS.contains(m.group()))
                || !OPERATORS.matcher(NAME.matcher(rest).replaceAll(" ")).matches()) {
            return null;
        }
        return valueKey(Kind.UNARY_TESTS, expression, context.resolve(inputVariable));
    }

    private static Key valueKey(Kind kind, String expression, TypedValue typed) {
        Object value = typed == null ? null : typed.getValue();
        if (value != null && !isPlain(value)) {
            return null;
        }
        return new Key(kind, expression, value == null ? null : value.getClass(), value);
    }

    private static boolean isPlain(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Double
                || value instanceof BigDecimal;
    }

    private enum Kind { LITERAL, VARIABLE, UNARY_TESTS }

    private enum Null { VALUE }

    private record Key(Kind kind, String expression, Class<?> type, Object value) {
        Key {
            Objects.requireNonNull(expression);
        }
    }
}
