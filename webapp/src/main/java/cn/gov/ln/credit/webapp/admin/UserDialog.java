package cn.gov.ln.credit.webapp.admin;

import cn.gov.ln.credit.account.AccountAdministration;
import cn.gov.ln.credit.account.NewUser;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.shared.BusinessException;
import cn.gov.ln.credit.subject.SubjectService;
import cn.gov.ln.credit.subject.SubjectView;
import cn.gov.ln.credit.webapp.shell.UiSupport;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates an account. Officers and API clients belong to a department; an applicant account belongs to a
 * registered subject, entered by its USCC or citizen ID. Only the roles that fit the kind are offered.
 */
class UserDialog extends Dialog {

    private final AccountAdministration accounts;
    private final SubjectService subjects;
    private final Runnable created;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<ActorKind> kind = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField subjectIdentifier = new TextField();
    private final CheckboxGroup<String> roles = new CheckboxGroup<>();
    private final PasswordField password;
    private final PasswordField confirmation;
    private final Map<String, HasValidation> fields;

    UserDialog(AccountAdministration accounts, DepartmentService departments, SubjectService subjects,
            Runnable created) {
        this.accounts = accounts;
        this.subjects = subjects;
        this.created = created;
        setHeaderTitle(getTranslation("admin.users.new"));
        setWidth("44rem");

        username.setLabel(getTranslation("admin.users.username"));
        username.setHelperText(getTranslation("admin.users.usernameHelp"));
        username.setMaxLength(32);
        username.setId("user-username");
        displayName.setLabel(getTranslation("admin.users.displayName"));
        displayName.setMaxLength(64);
        displayName.setId("user-display-name");
        kind.setLabel(getTranslation("admin.users.kind"));
        kind.setItems(ActorKind.STAFF, ActorKind.APPLICANT, ActorKind.API_CLIENT);
        kind.setItemLabelGenerator(k -> UiSupport.label(this, k));
        kind.setId("user-kind");
        department.setLabel(getTranslation("admin.users.department"));
        department.setItems(departments.listInScope());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        department.setId("user-department");
        subjectIdentifier.setLabel(getTranslation("admin.users.subject"));
        subjectIdentifier.setHelperText(getTranslation("admin.users.subjectHelp"));
        subjectIdentifier.setMaxLength(18);
        subjectIdentifier.setId("user-subject");
        subjectIdentifier.addValueChangeListener(e -> describeSubject());
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setItemLabelGenerator(role -> AdminUi.roleLabel(this, role));
        roles.setId("user-roles");
        password = AdminUi.passwordField(this, "admin.password.new", "user-password");
        password.setHelperText(getTranslation("admin.password.help"));
        confirmation = AdminUi.passwordField(this, "admin.password.confirm", "user-password-confirm");
        kind.addValueChangeListener(e -> kindChanged(e.getValue()));
        kind.setValue(ActorKind.STAFF);

        FormLayout form = new FormLayout(username, displayName, kind, department, subjectIdentifier, roles, password,
                confirmation);
        form.setColspan(roles, 2);
        add(form);
        fields = Map.of("username", username, "displayName", displayName, "kind", kind, "departmentId", department,
                "subjectId", subjectIdentifier, "roles", roles, "password", password);

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void kindChanged(ActorKind selected) {
        boolean applicant = selected == ActorKind.APPLICANT;
        department.setVisible(!applicant);
        subjectIdentifier.setVisible(applicant);
        List<String> offered = accounts.rolesFor(selected);
        roles.setItems(offered);
        // An applicant or API client has exactly one possible role: select it rather than make the admin tick it.
        roles.setValue(offered.size() == 1 ? Set.of(offered.get(0)) : Set.of());
    }

    /** Names the subject under the identifier as soon as it is entered, so the admin sees whom the account is for. */
    private void describeSubject() {
        subjectIdentifier.setHelperText(getTranslation("admin.users.subjectHelp"));
        subjectIdentifier.setInvalid(false);
        String identifier = identifier();
        if (identifier.isEmpty()) {
            return;
        }
        try {
            Optional<SubjectView> subject = subjects.findByIdentifier(identifier);
            if (subject.isPresent()) {
                subjectIdentifier.setHelperText(getTranslation("admin.users.subjectFound", subject.get().name()));
            } else {
                markSubjectNotFound();
            }
        } catch (BusinessException error) {
            // Shown when saving; a hint while typing is not worth a second message.
        }
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        if (!AdminUi.confirmationMatches(this, password, confirmation)) {
            return;
        }
        ActorKind selected = kind.getValue();
        boolean applicant = selected == ActorKind.APPLICANT;
        boolean subjectMissing = false;
        char[] secret = password.getValue().toCharArray();
        try {
            Long subjectId = null;
            if (applicant && !identifier().isEmpty()) {
                Optional<SubjectView> subject = subjects.findByIdentifier(identifier());
                subjectMissing = subject.isEmpty();
                subjectId = subject.map(SubjectView::id).orElse(null);
            }
            Long departmentId = applicant || department.getValue() == null ? null : department.getValue().id();
            accounts.create(new NewUser(username.getValue().strip(), displayName.getValue(), selected, departmentId,
                    null, subjectId, Set.copyOf(roles.getValue()), secret));
            UiSupport.success(getTranslation("admin.users.created", username.getValue().strip()));
            close();
            created.run();
        } catch (BusinessException error) {
            UiSupport.showError(this, error, fields);
            if (subjectMissing) {
                // The service only sees a missing subject id; say what really went wrong.
                markSubjectNotFound();
            }
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void markSubjectNotFound() {
        subjectIdentifier.setErrorMessage(getTranslation("admin.users.subjectNotFound"));
        subjectIdentifier.setInvalid(true);
    }

    private String identifier() {
        return subjectIdentifier.getValue().strip().toUpperCase(Locale.ROOT);
    }
}
