package cn.gov.ln.credit.account;

import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.SystemRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Shiro realm over {@code app_user}: bcrypt passwords, lock after repeated failures at the sign-in form (never
 * for a machine call or an API client: see {@link MachineCredentials}), and the roles and permissions fixed into
 * the {@link Actor} principal at sign-in. An unknown, disabled or locked account costs the same bcrypt round as a
 * wrong password, so timing does not tell them apart. An API client's password, sent with every call,
 * is checked in full once per {@code credit.security.api-credential-ttl} (see {@link VerifiedCredentials}).
 */
@Component
public class AccountRealm extends AuthorizingRealm {

    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final String dummyHash;
    private final VerifiedCredentials verified;

    AccountRealm(AccountService accounts, PasswordHasher hasher, Clock clock,
            @Value("${credit.security.api-credential-ttl:PT5M}") Duration apiCredentialTtl) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.verified = new VerifiedCredentials(apiCredentialTtl, clock);
        this.dummyHash = hasher.hash("timing-equaliser".toCharArray());
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(hasher.passwordService());
        setName(SystemRunner.REALM);
        setCredentialsMatcher(matcher);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        Optional<UserAccount> found = accounts.findForLogin(login.getUsername());
        if (found.isEmpty()) {
            hasher.matches(login.getPassword(), dummyHash);
            accounts.recordUnknownLogin(login.getUsername(), login.getHost());
            throw new UnknownAccountException();
        }
        UserAccount user = found.get();
        if (!user.enabled()) {
            hasher.matches(login.getPassword(), dummyHash);
            throw new DisabledAccountException();
        }
        if (user.isLockedAt(accounts.now())) {
            hasher.matches(login.getPassword(), dummyHash);
            throw new LockedAccountException();
        }
        return new AccountInfo(user, accounts.actorFor(user), getName());
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info)
            throws AuthenticationException {
        UserAccount user = ((AccountInfo) info).user;
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        boolean apiClient = user.kind() == ActorKind.API_CLIENT;
        if (apiClient && verified.recentlyVerified(user.username(), login.getPassword(), user.passwordHash())) {
            return;
        }
        try {
            super.assertCredentialsMatch(token, info);
        } catch (IncorrectCredentialsException e) {
            verified.forget(user.username());
            if (apiClient || token instanceof MachineCredentials) {
                accounts.recordFailedMachineLogin(user, login.getHost());
            } else if (accounts.recordFailedLogin(user, login.getHost())) {
                throw new LockedAccountException();
            }
            throw e;
        }
        accounts.recordSuccessfulLogin(user, login.getHost());
        if (apiClient) {
            verified.remember(user.username(), login.getPassword(), user.passwordHash());
        }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        Actor actor = principals.oneByType(Actor.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(actor == null ? java.util.Set.of() : actor.roles());
        if (actor != null) {
            info.setStringPermissions(actor.permissions());
        }
        return info;
    }

    /**
     * A security manager over this realm for code that runs without HTTP sessions (tests, benchmarks, tools): no
     * remember-me, nothing stored in sessions.
     */
    public SecurityManager standaloneSecurityManager() {
        DefaultSecurityManager manager = new DefaultSecurityManager(this);
        DefaultSessionStorageEvaluator noSessions = new DefaultSessionStorageEvaluator();
        noSessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) manager.getSubjectDAO()).setSessionStorageEvaluator(noSessions);
        return manager;
    }

    /** Carries the account row past the password check so failures can be counted against it. */
    private static final class AccountInfo extends SimpleAuthenticationInfo {
        private final transient UserAccount user;

        AccountInfo(UserAccount user, Actor actor, String realmName) {
            super(actor, user.passwordHash(), realmName);
            this.user = user;
        }
    }
}
