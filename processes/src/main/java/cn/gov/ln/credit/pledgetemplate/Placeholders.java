package cn.gov.ln.credit.pledgetemplate;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{name}}} placeholders of a pledge text: the applicant's form fields plus a few values the platform
 * fills in itself (who pledges, to whom, when).
 */
public final class Placeholders {

    public static final String PLEDGER_NAME = "pledgerName";
    public static final String PLEDGER_IDENTIFIER = "pledgerIdentifier";
    public static final String ACCEPTING_UNIT = "acceptingUnit";
    public static final String MATTER_NAME = "matterName";
    public static final String PLEDGE_DATE = "pledgeDate";
    public static final String VALID_UNTIL = "validUntil";
    public static final Set<String> BUILT_IN = Set.of(PLEDGER_NAME, PLEDGER_IDENTIFIER, ACCEPTING_UNIT, MATTER_NAME,
            PLEDGE_DATE, VALID_UNTIL);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");

    private Placeholders() {
    }

    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Fills every placeholder; one without a value becomes an empty string. */
    public static String render(String text, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : String.valueOf(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
