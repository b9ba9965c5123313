package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.webapp.i18n.CodeLabels;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An audit entry's detail as a reader understands it. The detail is stored as written (it is part of the hash
 * chain), often as {@code name=value} pairs and codes: the names get their labels ({@code admin.audit.detail.*}),
 * true and false read 是 and 否, codes their names.
 */
final class AuditDetailText {

    private AuditDetailText() {
    }

    static String of(Component context, String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return Arrays.stream(detail.strip().split("\\s+")).map(token -> token(context, token))
                .collect(Collectors.joining(" "));
    }

    private static String token(Component context, String token) {
        int equals = token.indexOf('=');
        if (equals <= 0) {
            return value(context, token);
        }
        String name = context.getTranslation("admin.audit.detail." + token.substring(0, equals));
        String label = name.startsWith("!") ? token.substring(0, equals) : name;
        return label + "：" + value(context, token.substring(equals + 1));
    }

    private static String value(Component context, String value) {
        return switch (value) {
            case "true" -> context.getTranslation("common.yes");
            case "false" -> context.getTranslation("common.no");
            default -> CodeLabels.inText(context, value);
        };
    }
}
