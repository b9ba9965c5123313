package cn.gov.ln.credit.modeladmin;

import java.util.List;

/**
 * One reason a model cannot be deployed: the rule it breaks, the element it points at (null for the whole file),
 * and a message key of the {@code i18n/messages} bundle with its arguments.
 */
public record Finding(String elementId, String rule, String messageKey, List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public static Finding of(String elementId, String rule, Object... arguments) {
        return new Finding(elementId, rule, "model.lint." + rule, List.of(arguments));
    }
}
