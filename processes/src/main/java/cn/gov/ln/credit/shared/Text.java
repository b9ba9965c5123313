package cn.gov.ln.credit.shared;

import cn.gov.ln.credit.forms.TextCheck;
import java.util.Optional;

/** Checks on text that people and systems send: any printable character, and line breaks; nothing invisible. */
public final class Text {

    private Text() {
    }

    /**
     * The message key of what is wrong with the text as text, if anything: a lone surrogate, a noncharacter, a
     * control character other than tab and line breaks, a bidirectional control or another invisible format
     * character (the zero-width joiner and the tag characters of emoji excepted).
     */
    public static Optional<String> problem(String text) {
        return TextCheck.problem(text);
    }

    /** What is wrong with a name (of a subject, a person, a unit): clean text on one line. */
    public static Optional<String> nameProblem(String name) {
        if (name != null && name.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            return Optional.of("validation.controlCharacters");
        }
        return problem(name);
    }

    /**
     * What is wrong with the name of an uploaded file, if anything: blank, over 200 characters, or text that is not
     * clean (a right-to-left override would show "invoice\u202Efdp.exe" as "invoiceexe.pdf").
     */
    public static Optional<String> fileNameProblem(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            return Optional.of("validation.malformed");
        }
        return nameProblem(name);
    }

}
