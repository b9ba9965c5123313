package cn.gov.ln.credit.shared;

import java.util.Arrays;

/**
 * A rule of the domain refused the request. The message key resolves in the {@code i18n/messages} bundle,
 * so every layer can show the reason in the user's language.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
