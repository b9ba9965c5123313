package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Collection;
import java.util.stream.Collectors;

/** Helpers the administration screens share. */
final class AdminUi {

    private AdminUi() {
    }

    static String roleLabel(Component context, String role) {
        return labelOrCode(context, "role.", role);
    }

    static String roleLabels(Component context, Collection<String> roles) {
        return roles.stream().map(role -> roleLabel(context, role))
                .collect(Collectors.joining(context.getTranslation("admin.separator")));
    }

    static String yesNo(Component context, boolean value) {
        return context.getTranslation(value ? "common.yes" : "common.no");
    }

    /** The translation of prefix + code, or the code itself where the bundles have none (the provider gives "!key"). */
    static String labelOrCode(Component context, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String label = context.getTranslation(prefix + code);
        return label.startsWith("!") ? code : label;
    }

    /**
     * Shows a refused row action. Such an action has no form, so a violation (e.g. disabling one's own account,
     * reported at field "enabled") is shown as a plain message rather than prefixed with a field name.
     */
    static void showFailure(Component context, BusinessException error) {
        if (error instanceof ValidationException validation) {
            UiSupport.error(validation.violations().stream()
                    .map(v -> context.getTranslation(v.messageKey(), v.arguments().toArray()))
                    .collect(Collectors.joining("\n")));
            return;
        }
        UiSupport.error(context.getTranslation(error.messageKey(), error.arguments()));
    }

    /** Checks the confirmation before anything is sent; a mismatch is shown at the confirmation field. */
    static boolean confirmationMatches(Component context, PasswordField password, PasswordField confirmation) {
        if (password.getValue().equals(confirmation.getValue())) {
            confirmation.setInvalid(false);
            return true;
        }
        confirmation.setErrorMessage(context.getTranslation("admin.password.mismatch"));
        confirmation.setInvalid(true);
        return false;
    }

    static PasswordField passwordField(Component context, String labelKey, String id) {
        PasswordField field = new PasswordField(context.getTranslation(labelKey));
        field.setMaxLength(64);
        field.setId(id);
        return field;
    }
}
