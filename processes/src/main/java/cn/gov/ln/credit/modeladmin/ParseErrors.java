package cn.gov.ln.credit.modeladmin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a parser or the engine said about a model, as a finding an administrator can read and act on. */
final class ParseErrors {

    private static final Pattern SCHEMA_LINE = Pattern.compile("Line=(\\d+): (.*)", Pattern.DOTALL);

    private ParseErrors() {
    }

    /** A schema violation with the line of the uploaded file where it is. */
    static Finding schemaFinding(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof org.xml.sax.SAXParseException parse) {
                return Finding.of(null, "malformedAt", parse.getLineNumber(), readable(parse.getMessage()));
            }
            Matcher line = cause.getMessage() == null ? null : SCHEMA_LINE.matcher(cause.getMessage());
            if (line != null && line.find()) {
                return Finding.of(null, "malformedAt", Integer.parseInt(line.group(1)), readable(line.group(2)));
            }
        }
        return Finding.of(null, "malformed", concise(e));
    }

    /** A schema message with namespaces as prefixes ({@code bpmn:bogus}), short enough to read. */
    private static String readable(String message) {
        String text = message.replace("\"http://www.omg.org/spec/BPMN/20100524/MODEL\":", "bpmn:")
                .replace("\"https://www.omg.org/spec/DMN/20191111/MODEL/\":", "dmn:")
                .replace("\"http://camunda.org/schema/1.0/bpmn\":", "camunda:")
                .replace("\"http://camunda.org/schema/1.0/dmn\":", "camunda:").replaceAll("\\{([a-z]+:[^}]*)}", "$1");
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** The innermost reason the engine gives, short enough to read. */
    static String concise(Throwable e) {
        String reason = reason(e);
        return reason.length() > 300 ? reason.substring(0, 300) + "…" : reason;
    }

    /** The schema's own words (line and rule), not the model API's wrapper. */
    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    }
}
