package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Small helpers every screen shares: translated enums, dates, and business errors shown at their fields. */
public final class UiSupport {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UiSupport() {
    }

    public static String label(Component context, Enum<?> value) {
        return value == null ? "" : context.getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /**
     * Shows a refused action: each violation at its field where the screen has one, the rest (and any other
     * business error) as a notification.
     */
    public static void showError(Component context, BusinessException error, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (error instanceof ValidationException validation) {
            StringBuilder unplaced = new StringBuilder();
            for (FieldViolation violation : validation.violations()) {
                String message = context.getTranslation(violation.messageKey(), violation.arguments().toArray());
                HasValidation field = fields.get(violation.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    unplaced.append(violation.field()).append(": ").append(message).append('\n');
                }
            }
            if (!unplaced.isEmpty()) {
                error(unplaced.toString().strip());
            }
            return;
        }
        error(context.getTranslation(error.messageKey(), error.arguments()));
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
