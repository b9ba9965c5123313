package cn.gov.ln.credit.webapp.shell;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.MessageArgs;
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

    /**
     * A stored message (timeline entry, notice) in the reader's language: arguments marked as message keys are
     * translated first. A key this language lacks (a reason code a process admin added) shows as the code.
     */
    public static String message(Component context, String key, java.util.List<String> arguments) {
        Object[] resolved = arguments.stream().map(a -> MessageArgs.isKey(a) ? translated(context,
                MessageArgs.keyOf(a)) : a).toArray();
        return context.getTranslation(key, resolved);
    }

    private static String translated(Component context, String key) {
        String text = context.getTranslation(key);
        return text.equals("!" + key) ? key.substring(key.lastIndexOf('.') + 1) : text;
    }

    /** A small coloured badge, e.g. for a status; {@code theme} is a Lumo badge variant ("success", "error"). */
    public static com.vaadin.flow.component.html.Span badge(String text, String theme) {
        com.vaadin.flow.component.html.Span badge = new com.vaadin.flow.component.html.Span(text);
        badge.getElement().getThemeList().add("badge" + (theme == null || theme.isEmpty() ? "" : " " + theme));
        return badge;
    }

    /** The upload button, drop hint and errors in the user's language (Vaadin's defaults are English). */
    public static void localize(com.vaadin.flow.component.upload.Upload upload) {
        com.vaadin.flow.component.upload.UploadI18N i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.addFile")).setMany(upload.getTranslation("upload.addFiles")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.dropFile")).setMany(upload.getTranslation("upload.dropFiles")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.tooMany"))
                .setFileIsTooBig(upload.getTranslation("upload.tooBig"))
                .setIncorrectFileType(upload.getTranslation("upload.wrongType")));
        i18n.setUploading(new com.vaadin.flow.component.upload.UploadI18N.Uploading().setError(
                new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setForbidden(upload.getTranslation("upload.forbidden"))
                        .setServerUnavailable(upload.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.unexpectedError"))));
        upload.setI18n(i18n);
    }

    /**
     * A link to the process instance in Camunda Cockpit, for those who may open Cockpit (process admins); nothing
     * for anyone else or an instance not started yet.
     */
    public static java.util.Optional<Component> cockpitLink(Component context, String processInstanceId) {
        org.apache.shiro.subject.Subject subject = org.apache.shiro.SecurityUtils.getSubject();
        if (processInstanceId == null || !subject.isPermitted(cn.gov.ln.credit.security.Permissions.CAMUNDA_WEBAPP)) {
            return java.util.Optional.empty();
        }
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime",
                context.getTranslation("cockpit.open"));
        link.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
        link.addClassName("cockpit-link");
        return java.util.Optional.of(link);
    }

    /**
     * What names a violation no field on the screen shows: the field's label where the bundles have one
     * ({@code field.<name>}), the element of a model a rule points at, else nothing (never a raw identifier).
     */
    static String label(Component context, FieldViolation violation) {
        String field = violation.field();
        String label = field == null ? "!" : context.getTranslation("field." + field);
        if (!label.startsWith("!")) {
            return label + "：";
        }
        boolean modelElement = violation.messageKey().startsWith("model.lint.") && field != null
                && !java.util.Set.of("file", "model", "content", "resourceName").contains(field);
        return modelElement ? field + "：" : "";
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
                    unplaced.append(label(context, violation)).append(message).append('\n');
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
