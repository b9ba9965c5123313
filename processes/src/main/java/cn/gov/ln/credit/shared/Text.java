package cn.gov.ln.credit.shared;

/** Checks on free text that people and systems send: it may hold any printable character, and line breaks. */
public final class Text {

    private Text() {
    }

    /** True when the text holds a control character other than a tab or a line break (NUL, BEL, ESC, ...). */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t');
    }
}
