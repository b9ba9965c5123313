package cn.gov.ln.credit.breach;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording a breach's papers are filled with, from the Chinese bundle whatever the reader's language: papers
 * are Chinese only, their texts still live in the bundles with every other text.
 */
final class PaperText {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("i18n/messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private PaperText() {
    }

    static String of(String key, Object... arguments) {
        return new MessageFormat(CHINESE.getString(key), Locale.SIMPLIFIED_CHINESE).format(arguments);
    }

    static String label(Enum<?> value) {
        return of("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
