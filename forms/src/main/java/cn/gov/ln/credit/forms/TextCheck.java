package cn.gov.ln.credit.forms;

import java.util.Optional;

/**
 * Whether submitted text is clean text: no lone surrogate, no noncharacter, no control character other than tab and
 * line breaks, no bidirectional control or other invisible format character (the zero-width joiner and the tag
 * characters of emoji excepted). The one rule for form values, API bodies and the services' text fields.
 */
public final class TextCheck {

    private TextCheck() {
    }

    /** The message key of what is wrong with the text, if anything. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = text.codePointAt(i);
                i++;
                if (isNonCharacter(code)) {
                    return Optional.of("validation.text.nonCharacter");
                }
                if (Character.getType(code) == Character.FORMAT && !(code >= 0xE0020 && code <= 0xE007F)) {
                    return Optional.of("validation.text.invisible");
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("validation.text.loneSurrogate");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return Optional.of("validation.controlCharacters");
            }
            if (isNonCharacter(c)) {
                return Optional.of("validation.text.nonCharacter");
            }
            if (Character.getType(c) == Character.FORMAT && c != '\u200D') {
                return Optional.of("validation.text.invisible");
            }
        }
        return Optional.empty();
    }

    private static boolean isNonCharacter(int code) {
        return code >= 0xFDD0 && code <= 0xFDEF || (code & 0xFFFE) == 0xFFFE;
    }
}
