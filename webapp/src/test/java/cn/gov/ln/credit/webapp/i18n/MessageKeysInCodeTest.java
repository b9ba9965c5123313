package cn.gov.ln.credit.webapp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code names as a string literal has a text: a notice's key has a title and a body (the
 * notifications screen shows {@code <key>.title} and {@code <key>.body}) in both languages, and every key given to
 * a field violation, a business error, a stored message's arguments, a timeline entry, a model finding, an error
 * page, a Bean Validation constraint or a menu entry exists. Scans the main sources of this module, processes and
 * integration. A key built by concatenation, or held in a variable, is not seen here; the screens'
 * {@code getTranslation} keys are {@link MessageBundlesTest}'s.
 */
class MessageKeysInCodeTest {

    static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../processes/src/main/java"),
            Path.of("../integration/src/main/java"));

    /**
     * Every key a notice has been stored with. A row of the notification table keeps its key after the code that
     * wrote it has moved on, so a key stays here (and keeps its title and body) when the code stops using it.
     */
    static final List<String> STORED_NOTICE_KEYS = List.of("notice.filing.decided", "notice.filing.papersRequested",
            "notice.filing.inLieuRefused", "notice.filing.rectification", "notice.filing.revoked",
            "notice.breach.advance", "notice.breach.decided", "notice.listing.ended", "notice.penalty.overdue",
            "notice.penalty.closed", "notice.objection.decided", "notice.objection.overdue", "notice.repair.decided",
            "notice.account.locked", "notice.substitution.named", "notice.supervision.marked");

    /** {@code NotificationService.notify(recipient, messageKey, link, arguments...)}. */
    static final KeyArgument NOTICE = new KeyArgument("\\bnotify\\(", 1, "");

    /** Calls that take a message key as a string, which argument it is, and the prefix the key gets. */
    static final List<KeyArgument> KEYS = List.of(
            new KeyArgument("\\bMessageArgs\\.key\\(", 0, ""),
            new KeyArgument("\\bFieldViolation\\.of\\(", 1, ""),
            new KeyArgument("\\bValidationException\\.of\\(", 1, ""),
            // Violations.add(field, messageKey, arguments...); a List<FieldViolation> only ever gets one violation
            new KeyArgument("\\bviolations\\.add\\(", 1, ""),
            // NotFoundException names an entity and AccessDeniedException a permission: neither takes a key
            new KeyArgument("\\bnew (?:Business|Conflict)Exception\\(", 0, ""),
            new KeyArgument("\\bUiSupport\\.message\\(", 1, ""),
            new KeyArgument("\\brefusals\\.write\\(", 4, ""),
            // ErrorPage.show(titleKey, messageKey); Vaadin's show() methods are called on an object or without text
            new KeyArgument("(?<![\\w.])show\\(", 0, ""),
            new KeyArgument("(?<![\\w.])show\\(", 1, ""),
            // a filing's timeline entry is shown as filing.event.<type>: FilingRecords.note/event, FilingSteps.record
            new KeyArgument("\\.note\\(", 1, "filing.event."),
            new KeyArgument("\\bFilingRecords\\.event\\(", 2, "filing.event."),
            new KeyArgument("(?<![\\w.])record\\((?=\\s*filingId\\b)", 1, "filing.event."),
            // a model finding names its rule; its message is model.lint.<rule>
            new KeyArgument("\\bFinding\\.of\\(", 1, "model.lint."),
            new KeyArgument("\\bFinding\\.at\\(", 2, "model.lint."));

    /** Annotation attributes that hold a message key: the key is the pattern's first group. */
    static final List<Pattern> KEY_ATTRIBUTES = List.of(
            // a Bean Validation message outside braces is a key of ours (Constraints), inside braces it is not
            Pattern.compile("[(,]\\s*message\\s*=\\s*\"([^\"{\\\\][^\"\\\\]*)\""),
            Pattern.compile("@MenuItem\\([^)]*?\\blabel\\s*=\\s*\"([^\"\\\\]+)\""),
            Pattern.compile("@MenuItem\\([^)]*?\\bsection\\s*=\\s*\"([^\"\\\\]+)\""));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LITERAL = Pattern.compile("\"[^\"\\\\]*\"");
    private static final Pattern CHOICE = Pattern.compile("\\?\\s*\"([^\"\\\\]*)\"\\s*:\\s*\"([^\"\\\\]*)\"$");

    @Test
    void everyNoticeHasATitleAndABodyInBothLanguages() throws IOException {
        List<Use> notices = uses(NOTICE);
        assertThat(notices).as("notify calls found in " + SOURCES).isNotEmpty();
        Map<String, String> zh = texts("");
        Map<String, String> en = texts("_en");
        Map<String, String> noticeKeys = new TreeMap<>();
        STORED_NOTICE_KEYS.forEach(key -> noticeKeys.put(key, "stored notices"));
        notices.forEach(notice -> noticeKeys.put(notice.key(), notice.where()));
        Set<String> problems = new TreeSet<>();
        noticeKeys.forEach((noticeKey, where) -> {
            for (String key : List.of(noticeKey + ".title", noticeKey + ".body")) {
                if (!zh.containsKey(key)) {
                    problems.add(key + " (" + where + ")");
                }
                for (Map<String, String> language : List.of(zh, en)) {
                    if (!formats(language.getOrDefault(key, ""))) {
                        problems.add(key + " is no MessageFormat pattern without quotes: " + language.get(key));
                    }
                }
            }
        });
        for (Use notice : notices) {
            // notify(recipient, key, link, arguments...), the arguments passed one by one: {0} to {given - 1}
            int given = notice.arguments() - 3;
            for (String key : List.of(notice.key() + ".title", notice.key() + ".body")) {
                for (Map<String, String> language : List.of(zh, en)) {
                    int highest = highestPlaceholder(language.getOrDefault(key, ""));
                    if (highest >= given) {
                        problems.add(key + " shows {" + highest + "} but is given " + given + " arguments ("
                                + notice.where() + ")");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = MessageBundlesTest.allKeys();
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (KeyArgument argument : KEYS) {
            for (Use use : uses(argument)) {
                found++;
                if (!keys.contains(use.key())) {
                    missing.add(use.key() + " (" + use.where() + ")");
                }
            }
        }
        for (Pattern attribute : KEY_ATTRIBUTES) {
            for (Use use : attributeUses(attribute)) {
                found++;
                if (!keys.contains(use.key())) {
                    missing.add(use.key() + " (" + use.where() + ")");
                }
            }
        }
        assertThat(found).as("keys found in " + SOURCES).isPositive();
        assertThat(missing).isEmpty();
    }

    @Test
    void theScanReadsKeysAsTheCodeWritesThem() {
        String source = "a(); // notify(x, \"not.a.key\", null)\n"
                + "notifications.notify(user, \"notice.a\", link(f, g), x, \"y, z\");\n"
                + "violations.add(FieldViolation.of(kind == A ? \"subjectId\" : \"departmentId\",\n"
                + "        cond ? \"validation.a\" : \"validation.b\"));\n"
                + "throw new ConflictException(\"error.\" + code);\n"
                + "record(filingId, \"ROUTED\", MessageArgs.key(reasonKey(reason)));";
        assertThat(uses(NOTICE, source, "T.java")).containsExactly(new Use("notice.a", "T.java:2", 5));
        assertThat(uses(new KeyArgument("\\bFieldViolation\\.of\\(", 1, ""), source, "T.java"))
                .extracting(Use::key).containsExactly("validation.a", "validation.b");
        assertThat(uses(new KeyArgument("\\bnew (?:Business|Conflict)Exception\\(", 0, ""), source, "T.java"))
                .isEmpty();
        assertThat(uses(new KeyArgument("(?<![\\w.])record\\((?=\\s*filingId\\b)", 1, "filing.event."), source,
                "T.java")).containsExactly(new Use("filing.event.ROUTED", "T.java:6", 3));
        assertThat(uses(new KeyArgument("\\bMessageArgs\\.key\\(", 0, ""), source, "T.java")).isEmpty();
        String annotated = "@MenuItem(label = \"nav.a\", icon = \"vaadin:b\", order = 1, section = \"nav.c\")\n"
                + "record R(@NotNull(message = \"validation.d\") @Size(max = 3, message = \"{jakarta.e}\") String f) "
                + "{}";
        assertThat(KEY_ATTRIBUTES.stream().flatMap(a -> attributeUses(a, annotated, "T.java").stream()))
                .extracting(Use::key).containsExactly("validation.d", "nav.a", "nav.c");
    }

    /** A call taking a key: the call up to its opening parenthesis, the key's argument, the key's prefix. */
    record KeyArgument(Pattern call, int index, String prefix) {

        KeyArgument(String call, int index, String prefix) {
            this(Pattern.compile(call), index, prefix);
        }
    }

    /** A key found in the code, where, and how many arguments the call passes (a notice's key, link and texts). */
    record Use(String key, String where, int arguments) {
    }

    private static List<Use> uses(KeyArgument argument) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Path file : sources()) {
            uses.addAll(uses(argument, Files.readString(file), file.getFileName().toString()));
        }
        return uses;
    }

    private static List<Use> attributeUses(Pattern attribute) throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Path file : sources()) {
            uses.addAll(attributeUses(attribute, Files.readString(file), file.getFileName().toString()));
        }
        return uses;
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                sources.addAll(files.filter(p -> p.toString().endsWith(".java")).sorted().toList());
            }
        }
        return sources;
    }

    static List<Use> attributeUses(Pattern attribute, String source, String fileName) {
        String code = withoutComments(source);
        List<Use> uses = new ArrayList<>();
        Matcher found = attribute.matcher(code);
        while (found.find()) {
            uses.add(new Use(found.group(1), fileName + ":" + line(code, found.start()), 0));
        }
        return uses;
    }

    static List<Use> uses(KeyArgument argument, String source, String fileName) {
        String code = withoutComments(source);
        List<Use> uses = new ArrayList<>();
        Matcher call = argument.call().matcher(code);
        while (call.find()) {
            List<String> arguments = arguments(code, call.end() - 1);
            if (arguments.size() <= argument.index()) {
                continue;
            }
            String where = fileName + ":" + line(code, call.start());
            for (String literal : literals(arguments.get(argument.index()))) {
                // a key built by concatenation ("validation.uscc." + check) is not a key by itself
                if (!literal.isEmpty() && !literal.endsWith(".")) {
                    uses.add(new Use(argument.prefix() + literal, where, arguments.size()));
                }
            }
        }
        return uses;
    }

    /** The literal an argument is, or the two a choice between literals is; nothing for any other expression. */
    private static List<String> literals(String argument) {
        String text = argument.strip();
        if (LITERAL.matcher(text).matches()) {
            return List.of(text.substring(1, text.length() - 1));
        }
        Matcher choice = CHOICE.matcher(text);
        return choice.find() ? List.of(choice.group(1), choice.group(2)) : List.of();
    }

    /** The arguments of the call whose opening parenthesis is at {@code open}, split at its own commas. */
    private static List<String> arguments(String code, int open) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(code, i);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    String last = code.substring(start, i);
                    if (!last.isBlank() || !arguments.isEmpty()) {
                        arguments.add(last);
                    }
                    return arguments;
                }
            } else if (c == ',' && depth == 1) {
                arguments.add(code.substring(start, i));
                start = i + 1;
            }
        }
        return arguments;
    }

    /** The index of the quote that closes the string or character literal opened at {@code open}. */
    private static int endOfLiteral(String code, int open) {
        char quote = code.charAt(open);
        if (quote == '"' && code.startsWith("\"\"\"", open)) {
            int end = code.indexOf("\"\"\"", open + 3);
            return end < 0 ? code.length() : end + 2;
        }
        for (int i = open + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return code.length();
    }

    /** The source with its comments blanked out (line breaks kept), so that documentation is not read as code. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i);
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = blank(code, i, end < 0 ? code.length() : end);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(code, i, end < 0 ? code.length() : end + 2);
            }
        }
        return code.toString();
    }

    private static int blank(StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n') {
                code.setCharAt(i, ' ');
            }
        }
        return to - 1;
    }

    /** Whether MessageFormat reads the text as written: no quote (it would vanish) and every brace a placeholder. */
    private static boolean formats(String text) {
        try {
            new MessageFormat(text);
            return text.indexOf('\'') < 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long line(String code, int index) {
        return code.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static int highestPlaceholder(String text) {
        int highest = -1;
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            highest = Math.max(highest, Integer.parseInt(placeholder.group(1)));
        }
        return highest;
    }

    /** Every text of one language ("" Chinese, "_en" English), over all bundles. */
    private static Map<String, String> texts(String language) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (String bundle : MessageBundlesTest.BUNDLES) {
            Properties properties = MessageBundlesTest.load(bundle + language + ".properties");
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        }
        return texts;
    }
}
