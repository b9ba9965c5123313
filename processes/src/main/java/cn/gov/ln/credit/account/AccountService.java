package cn.gov.ln.credit.account;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditEntry;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of officers, applicants and API clients as the rest of the product meets them: signing in (for the
 * realm), the signed-in user confirming their password and signing out, and who holds a role, who may take a
 * department's task and who receives a subject's notices. Their administration is {@link AccountAdministration}'s.
 */
@Service
public class AccountService {

    /** One list page's worth; Oracle allows at most 1,000 values in an IN list. */
    static final int MAX_NAMES = 500;

    private final AccountMapper mapper;
    private final PasswordHasher hasher;
    private final DepartmentService departments;
    private final DivisionService divisions;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final NotificationService notifications;
    private final int maxFailedLogins;
    private final Duration lockDuration;

    AccountService(AccountMapper mapper, PasswordHasher hasher, DepartmentService departments,
            DivisionService divisions, AuditService audit, AccessGuard guard, Clock clock,
            NotificationService notifications,
            @Value("${credit.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${credit.security.lock-duration:PT15M}") Duration lockDuration) {
        this.mapper = mapper;
        this.hasher = hasher;
        this.departments = departments;
        this.divisions = divisions;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.notifications = notifications;
        this.maxFailedLogins = maxFailedLogins;
        this.lockDuration = lockDuration;
    }

    // --- sign-in support, used by the realm only ---

    Optional<UserAccount> findForLogin(String username) {
        return Optional.ofNullable(username).map(mapper::findByUsername);
    }

    Actor actorFor(UserAccount user) {
        Optional<Department> department = departments.find(user.departmentId());
        return new Actor(user.id(), user.username(), user.displayName(), user.kind(), user.departmentId(),
                department.map(Department::name).orElse(null), user.divisionCode(),
                divisions.nameOf(user.divisionCode()), user.subjectId(), Set.copyOf(mapper.findRoles(user.id())),
                Set.copyOf(mapper.findPermissions(user.id())));
    }

    /**
     * Counts a failed password; the account locks when the count reaches the limit. The sign-in page does not say
     * so (it would tell a stranger the account exists): the user is told by a notification, the audit keeps it.
     */
    @Transactional
    boolean recordFailedLogin(UserAccount user, String clientAddress) {
        mapper.incrementFailedAttempts(user.id());
        Instant until = Instant.now(clock).plus(lockDuration);
        boolean locked = mapper.lockIfTooManyFailures(user.id(), maxFailedLogins, until) > 0;
        if (locked) {
            String untilText = LocalDateTime.ofInstant(until, clock.getZone()).truncatedTo(ChronoUnit.MINUTES)
                    .toString().replace('T', ' ');
            notifications.notify(user.username(), "notice.account.locked", null, maxFailedLogins, untilText);
        }
        audit.record(new AuditEntry(user.username(), user.departmentId(), user.divisionCode(),
                locked ? AuditActions.ACCOUNT_LOCKED : AuditActions.LOGIN_FAILED, "user", String.valueOf(user.id()),
                null, clientAddress));
        return locked;
    }

    /** A wrong password sent with a machine call: audited, never counted towards the lock-out. */
    @Transactional
    void recordFailedMachineLogin(UserAccount user, String clientAddress) {
        audit.record(new AuditEntry(user.username(), user.departmentId(), user.divisionCode(),
                AuditActions.LOGIN_FAILED, "user", String.valueOf(user.id()), "machine call", clientAddress));
    }

    @Transactional
    void recordUnknownLogin(String username, String clientAddress) {
        audit.record(new AuditEntry(truncate(username, 64), null, null, AuditActions.LOGIN_FAILED,
                "user", null, "unknown account", clientAddress));
    }

    @Transactional
    void recordSuccessfulLogin(UserAccount user, String clientAddress) {
        mapper.recordSuccessfulLogin(user.id(), Instant.now(clock));
        audit.record(new AuditEntry(user.username(), user.departmentId(), user.divisionCode(),
                AuditActions.LOGIN_SUCCEEDED, "user", String.valueOf(user.id()), null, clientAddress));
    }

    /**
     * Confirms the signed-in user's password before a binding act (signing a pledge). A wrong password counts as
     * a failed sign-in, so guessing here locks the account as guessing at the login page does.
     */
    @Transactional
    public boolean confirmPassword(char[] password) {
        Actor actor = guard.current();
        UserAccount user = mapper.findById(actor.userId());
        if (user == null || !user.enabled() || user.isLockedAt(Instant.now(clock))) {
            return false;
        }
        if (password != null && hasher.matches(password, user.passwordHash())) {
            return true;
        }
        recordFailedLogin(user, AuditService.clientAddress());
        return false;
    }

    /** Records the current user signing out; the web tier then ends the session. */
    @Transactional
    public void recordLogout() {
        Actor actor = guard.current();
        audit.record(actor, AuditActions.LOGOUT, "user", actor.userId(), null);
    }

    Instant now() {
        return Instant.now(clock);
    }

    // --- who is who, for the other features ---

    /** Enabled accounts holding the role, for identity systems kept in step with ours (Camunda). */
    public List<UserAccount> enabledWithRole(String role) {
        return mapper.findWithRole(role).stream().filter(UserAccount::enabled).toList();
    }

    /** Enabled staff of a department holding a role whose division covers {@code divisionCode}: who may take a task. */
    public List<Colleague> colleagues(long departmentId, String role, String divisionCode) {
        return mapper.findInDepartmentWithRole(departmentId, role).stream().filter(UserAccount::enabled)
                .filter(u -> divisionCode.startsWith(DivisionCodes.scopePrefix(u.divisionCode())))
                .map(u -> new Colleague(u.username(), u.displayName(), u.divisionCode())).toList();
    }

    /** The enabled portal accounts of a credit subject: who receives the notices addressed to it. */
    public List<String> accountsOfSubject(long subjectId) {
        return mapper.findOfSubject(subjectId).stream().filter(UserAccount::enabled).map(UserAccount::username)
                .toList();
    }

    /**
     * The display names of accounts, looked up at once for a page of a list; a username without an account (the
     * system, a deleted user) is absent from the answer, so the caller decides how to show it.
     */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        guard.current();
        List<String> wanted = usernames.stream().filter(Objects::nonNull).distinct().limit(MAX_NAMES).toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        mapper.findNames(wanted).forEach(name -> names.put(name.username(), name.displayName()));
        return names;
    }

    /** A member of staff as others see them when handing over work. */
    public record Colleague(String username, String displayName, String divisionCode) {
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
