package cn.gov.ln.credit.creditreport;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Chinese labels of the values a report states (categories, list types, tiers, statuses), from the message
 * bundle the screens use, so a paper and a screen name a thing alike; papers are Chinese whoever reads them.
 */
@Component
class PaperLabels {

    private final MessageSource messages;

    PaperLabels(MessageSource messages) {
        this.messages = messages;
    }

    String of(Enum<?> value) {
        return value == null ? "" : of(value.getDeclaringClass().getSimpleName(), value.name());
    }

    /** The label of an enum value known by name (from a credit source); the value itself when it has none. */
    String of(String enumName, String value) {
        return value == null ? "" : text("enum." + enumName + "." + value, value);
    }

    String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, Locale.SIMPLIFIED_CHINESE);
    }
}
