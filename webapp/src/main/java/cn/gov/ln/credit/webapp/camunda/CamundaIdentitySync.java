package cn.gov.ln.credit.webapp.camunda;

import cn.gov.ln.credit.account.AccountService;
import cn.gov.ln.credit.account.AccountsChanged;
import cn.gov.ln.credit.account.UserAccount;
import cn.gov.ln.credit.security.Roles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps Camunda's identity tables in step with our accounts: every enabled process administrator is a Camunda
 * user in the {@code camunda-admin} group, and nobody else is. Camunda's single sign-on looks users up there.
 */
@Component
class CamundaIdentitySync {

    static final String ADMIN_GROUP = "camunda-admin";

    private final IdentityService identity;
    private final AccountService accounts;

    CamundaIdentitySync(IdentityService identity, AccountService accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        synchronise();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(AccountsChanged event) {
        synchronise();
    }

    synchronized void synchronise() {
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).singleResult() == null) {
            Group group = identity.newGroup(ADMIN_GROUP);
            group.setName("流程管理员");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        List<UserAccount> admins = accounts.enabledWithRole(Roles.PROCESS_ADMIN);
        Set<String> wanted = admins.stream().map(UserAccount::username).collect(Collectors.toSet());
        for (UserAccount admin : admins) {
            if (identity.createUserQuery().userId(admin.username()).singleResult() == null) {
                User user = identity.newUser(admin.username());
                user.setFirstName(admin.displayName());
                user.setLastName("");
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(admin.username()).memberOfGroup(ADMIN_GROUP).count() == 0) {
                identity.createMembership(admin.username(), ADMIN_GROUP);
            }
        }
        for (User member : identity.createUserQuery().memberOfGroup(ADMIN_GROUP).list()) {
            if (!wanted.contains(member.getId())) {
                identity.deleteMembership(member.getId(), ADMIN_GROUP);
            }
        }
    }
}
