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
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.security.Roles;
import cn.gov.ln.credit.shared.Constraints;
import cn.gov.ln.credit.shared.FieldViolation;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.Like;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.PageRequest;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of officers, applicants and API clients: sign-in support and administration. */
@Service
public class AccountService {

    /** Lower-case letters first, then letters, digits and . _ -: 3 to 32 characters. */
    static final String USERNAME_PATTERN = "[a-z][a-z0-9._-]{2,31}";
    private static final Set<String> APPLICANT_ROLES = Set.of(Roles.APPLICANT);
    private static final Set<String> API_CLIENT_ROLES = Set.of(Roles.API_CLIENT);

    private final AccountMapper mapper;
    private final PasswordHasher hasher;
    private final DepartmentService departments;
    private final DivisionService divisions;
    private final SubjectService subjects;
    private final AuditService audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final NotificationService notifications;
    private final int maxFailedLogins;
    private final Duration lockDuration;

    AccountService(AccountMapper mapper, PasswordHasher hasher, DepartmentService departments,
            DivisionService divisions, SubjectService subjects, AuditService audit, AccessGuard guard, Clock clock,
            ApplicationEventPublisher events, NotificationService notifications,
            @Value("${credit.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${credit.security.lock-duration:PT15M}") Duration lockDuration) {
        this.mapper = mapper;
        this.hasher = hasher;
        this.departments = departments;
        this.divisions = divisions;
        this.subjects = subjects;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.events = events;
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

    // --- administration ---

    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, PageRequest page) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        Instant now = Instant.now(clock);
        return mapper.search(actor.scopePrefix() + "%", Like.contains(text), page.offset(), page.limit()).stream()
                .map(row -> new UserSummary(row.id(), row.username(), row.displayName(), ActorKind.valueOf(row.kind()),
                        row.departmentId(), row.departmentName(), row.divisionCode(),
                        divisions.nameOf(row.divisionCode()), row.enabled(),
                        row.lockedUntil() != null && row.lockedUntil().isAfter(now), row.lastLoginAt(),
                        mapper.findRoles(row.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        return mapper.count(actor.scopePrefix() + "%", Like.contains(text));
    }

    public List<String> allRoles() {
        return mapper.findAllRoles();
    }

    @Transactional
    public long create(NewUser request) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        List<FieldViolation> violations = new ArrayList<>(Constraints.violations(request));
        if (violations.stream().noneMatch(v -> v.field().equals("username"))
                && mapper.findByUsername(request.username()) != null) {
            violations.add(FieldViolation.of("username", "validation.username.taken"));
        }
        PasswordPolicy.check("password", request.password()).ifPresent(violations::add);
        String divisionCode = null;
        if (request.kind() != null) {
            divisionCode = divisionOf(request, violations);
            checkRoles(request, violations);
        }
        if (divisionCode != null && !actor.coversDivision(divisionCode)) {
            violations.add(FieldViolation.of(request.kind() == ActorKind.APPLICANT ? "subjectId" : "departmentId",
                    "validation.outOfScope"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        UserAccount user = new UserAccount(null, request.username(), hasher.hash(request.password()),
                request.displayName().strip(), request.kind(),
                request.kind() == ActorKind.APPLICANT ? null : request.departmentId(), divisionCode,
                request.kind() == ActorKind.APPLICANT ? request.subjectId() : null, true, 0, null, null,
                Instant.now(clock));
        GeneratedId id = new GeneratedId();
        try {
            mapper.insert(user, id);
        } catch (DuplicateKeyException e) {
            throw ValidationException.of("username", "validation.username.taken");
        }
        for (String role : new HashSet<>(request.roles())) {
            mapper.insertRole(id.value(), role);
        }
        audit.record(actor, AuditActions.USER_CREATED, "user", id.value(),
                request.username() + " " + String.join(",", request.roles()));
        events.publishEvent(new AccountsChanged(request.username()));
        return id.value();
    }

    @Transactional
    public void setRoles(long userId, Set<String> roles) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        UserAccount user = loadInScope(actor, userId);
        List<FieldViolation> violations = new ArrayList<>();
        checkRoles(user.kind(), roles, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        mapper.deleteRoles(userId);
        roles.forEach(role -> mapper.insertRole(userId, role));
        audit.record(actor, AuditActions.USER_ROLES_CHANGED, "user", userId, String.join(",", roles));
        events.publishEvent(new AccountsChanged(user.username()));
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        UserAccount user = loadInScope(actor, userId);
        if (actor.userId() == userId && !enabled) {
            throw ValidationException.of("enabled", "validation.user.cannotDisableSelf");
        }
        mapper.setEnabled(userId, enabled);
        audit.record(actor, enabled ? AuditActions.USER_ENABLED : AuditActions.USER_DISABLED, "user", userId, null);
        events.publishEvent(new AccountsChanged(user.username()));
    }

    @Transactional
    public void unlock(long userId) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        loadInScope(actor, userId);
        mapper.unlock(userId);
        audit.record(actor, AuditActions.USER_UNLOCKED, "user", userId, null);
    }

    @Transactional
    public void resetPassword(long userId, char[] newPassword) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        loadInScope(actor, userId);
        PasswordPolicy.check("password", newPassword).ifPresent(v -> {
            throw new ValidationException(v);
        });
        mapper.setPasswordHash(userId, hasher.hash(newPassword));
        mapper.unlock(userId);
        audit.record(actor, AuditActions.PASSWORD_RESET, "user", userId, null);
    }

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
        return mapper.findOfSubject(subjectId).stream().filter(UserAccount::enabled).map(UserAccount::username).toList();
    }

    /** A member of staff as others see them when handing over work. */
    public record Colleague(String username, String displayName, String divisionCode) {
    }

    public boolean exists(String username) {
        return mapper.findByUsername(username) != null;
    }

    private UserAccount loadInScope(Actor actor, long userId) {
        UserAccount user = mapper.findById(userId);
        if (user == null) {
            throw new NotFoundException("user", userId);
        }
        guard.requireInScope(actor, user.divisionCode(), "user", userId);
        return user;
    }

    private String divisionOf(NewUser request, List<FieldViolation> violations) {
        if (request.kind() == ActorKind.APPLICANT) {
            if (request.subjectId() == null) {
                violations.add(FieldViolation.of("subjectId", "validation.required"));
                return null;
            }
            Optional<CreditSubject> subject = subjects.lookup(request.subjectId());
            if (subject.isEmpty()) {
                violations.add(FieldViolation.of("subjectId", "validation.notFound"));
                return null;
            }
            return subject.get().divisionCode();
        }
        if (request.departmentId() == null) {
            violations.add(FieldViolation.of("departmentId", "validation.required"));
            return null;
        }
        Optional<Department> department = departments.find(request.departmentId());
        if (department.isEmpty()) {
            violations.add(FieldViolation.of("departmentId", "validation.notFound"));
            return null;
        }
        return department.get().divisionCode();
    }

    private void checkRoles(NewUser request, List<FieldViolation> violations) {
        checkRoles(request.kind(), request.roles() == null ? Set.of() : request.roles(), violations);
    }

    private void checkRoles(ActorKind kind, Set<String> roles, List<FieldViolation> violations) {
        if (roles.isEmpty()) {
            violations.add(FieldViolation.of("roles", "validation.required"));
            return;
        }
        if (!Set.copyOf(mapper.findAllRoles()).containsAll(roles)) {
            violations.add(FieldViolation.of("roles", "validation.role.unknown"));
            return;
        }
        boolean fits = switch (kind) {
            case APPLICANT -> APPLICANT_ROLES.containsAll(roles);
            case API_CLIENT -> API_CLIENT_ROLES.containsAll(roles);
            case STAFF -> roles.stream().noneMatch(r -> APPLICANT_ROLES.contains(r) || API_CLIENT_ROLES.contains(r));
            case SYSTEM -> false;
        };
        if (!fits) {
            violations.add(FieldViolation.of("roles", "validation.role.kindMismatch"));
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
