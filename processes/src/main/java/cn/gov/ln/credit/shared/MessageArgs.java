package cn.gov.ln.credit.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of a stored message (a timeline entry, a notice), kept language-neutral so each reader sees
 * them in their own language: plain values as they are, and message keys marked with {@code @} that the screen
 * translates before formatting.
 */
public final class MessageArgs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "@";

    private MessageArgs() {
    }

    /** A key the reader's bundle translates, e.g. {@code key("enum.FilingRoute.GREEN")}. */
    public static String key(String messageKey) {
        return KEY + messageKey;
    }

    public static String label(Enum<?> value) {
        return key("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public static boolean isKey(String argument) {
        return argument != null && argument.startsWith(KEY);
    }

    public static String keyOf(String argument) {
        return argument.substring(KEY.length());
    }

    public static String encode(Object... arguments) {
        List<String> values = new ArrayList<>();
        for (Object argument : arguments) {
            values.add(argument == null ? "" : argument.toString());
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        if (!stored.startsWith("[")) {
            return List.of(stored);
        }
        try {
            return JSON.readValue(stored, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return Arrays.asList(stored);
        }
    }
}
