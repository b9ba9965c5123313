package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.UserSummary;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Changes an account's roles among those that fit its kind. */
class UserRolesDialog extends Dialog {

    UserRolesDialog(AccountAdministration accounts, UserSummary user, Runnable saved) {
        setHeaderTitle(getTranslation("admin.users.rolesOf", user.displayName(), user.username()));
        List<String> offered = accounts.rolesFor(user.kind());
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(offered);
        roles.setItemLabelGenerator(role -> AdminUi.roleLabel(this, role));
        roles.setValue(user.roles().stream().filter(offered::contains).collect(Collectors.toSet()));
        // Roles are fixed in the session at sign-in, so the admin should not expect an immediate effect.
        roles.setHelperText(getTranslation("admin.users.rolesNextLogin"));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        roles.setId("edit-roles");
        add(roles);

        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                accounts.setRoles(user.id(), Set.copyOf(roles.getValue()));
                UiSupport.success(getTranslation("admin.users.rolesSaved", user.username()));
                close();
                saved.run();
            } catch (BusinessException error) {
                UiSupport.showError(this, error, Map.of("roles", roles));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-roles-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
