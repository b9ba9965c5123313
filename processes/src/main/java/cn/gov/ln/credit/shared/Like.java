package cn.gov.ln.credit.shared;

/** LIKE patterns from user input, with the wildcards escaped by {@code \} (mappers say {@code ESCAPE '\'}). */
public final class Like {

    private Like() {
    }

    /** Null for blank input, so mappers can skip the filter. */
    public static String prefix(String text) {
        String escaped = escape(text);
        return escaped == null ? null : escaped + "%";
    }

    public static String contains(String text) {
        String escaped = escape(text);
        return escaped == null ? null : "%" + escaped + "%";
    }

    private static String escape(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
