package cn.gov.ln.credit.legaldocument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** How values are written into papers: Chinese dates, and lists one item per line ("无" when empty). */
public final class DocumentFields {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String NONE = "无";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(ZONE);

    private DocumentFields() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String lines(Collection<String> items) {
        return items == null || items.isEmpty() ? NONE : String.join("\n", items);
    }

    public static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }
}
