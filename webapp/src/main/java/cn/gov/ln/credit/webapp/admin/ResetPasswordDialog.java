package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.UserSummary;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Arrays;
import java.util.Map;

/** Sets a new password for an account; the service also lifts a lock. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(AccountAdministration accounts, UserSummary user, Runnable done) {
        setHeaderTitle(getTranslation("admin.users.resetPasswordOf", user.displayName(), user.username()));
        PasswordField password = AdminUi.passwordField(this, "admin.password.new", "reset-password");
        password.setHelperText(getTranslation("admin.password.help"));
        PasswordField confirmation = AdminUi.passwordField(this, "admin.password.confirm", "reset-password-confirm");
        FormLayout form = new FormLayout(password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("admin.users.resetPasswordHint")), form);

        Button save = new Button(getTranslation("admin.users.resetPassword"), e -> {
            password.setInvalid(false);
            if (!AdminUi.confirmationMatches(this, password, confirmation)) {
                return;
            }
            char[] secret = password.getValue().toCharArray();
            try {
                accounts.resetPassword(user.id(), secret);
                UiSupport.success(getTranslation("admin.users.passwordReset", user.username()));
                close();
                done.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("password", password));
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reset-password-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
