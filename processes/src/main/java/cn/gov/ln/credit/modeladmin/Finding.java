package cn.gov.ln.credit.modeladmin;

import java.util.List;

/**
 * One reason a model cannot be deployed: the rule it breaks, the element it points at (null for the whole file),
 * the attribute or child element of it that holds the problem (null when the element as a whole is), and a message
 * key of the {@code i18n/messages} bundle with its arguments.
 */
public record Finding(String elementId, String attribute, String rule, String messageKey, List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public static Finding of(String elementId, String rule, Object... arguments) {
        return at(elementId, null, rule, arguments);
    }

    public static Finding at(String elementId, String attribute, String rule, Object... arguments) {
        return new Finding(elementId, attribute, rule, "model.lint." + rule, List.of(arguments));
    }
}
