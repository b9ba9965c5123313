package cn.gov.ln.credit.account;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.department.Department;
import cn.gov.ln.credit.department.DepartmentService;
import cn.gov.ln.credit.division.DivisionService;
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
import cn.gov.ln.credit.shared.Sort;
import cn.gov.ln.credit.shared.ValidationException;
import cn.gov.ln.credit.subject.CreditSubject;
import cn.gov.ln.credit.subject.SubjectService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration of accounts (用户管理): an administrator lists the accounts of their division, creates
 * officers', applicants' and API clients' accounts, changes their roles, enables or disables, unlocks them and
 * resets their passwords. Kept apart from {@link AccountService}, which signs people in and tells the other features
 * who works where: every change here needs the user-management permission and the account in the administrator's
 * division, is audited, and a change of who may sign in with which roles is announced ({@link AccountsChanged}) to
 * the identity systems kept in step with ours.
 */
@Service
public class AccountAdministration {

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

    AccountAdministration(AccountMapper mapper, PasswordHasher hasher, DepartmentService departments,
            DivisionService divisions, SubjectService subjects, AuditService audit, AccessGuard guard, Clock clock,
            ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.hasher = hasher;
        this.departments = departments;
        this.divisions = divisions;
        this.subjects = subjects;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, PageRequest page) {
        return search(text, Sort.ascending(UserSortKey.USERNAME), page);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, Sort<UserSortKey> sort, PageRequest page) {
        return list(new UserQuery(text, null, null, null), sort, page);
    }

    /** The accounts of the administrator's division that the query selects, in the order asked for. */
    @Transactional(readOnly = true)
    public List<UserSummary> list(UserQuery query, Sort<UserSortKey> sort, PageRequest page) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        Instant now = Instant.now(clock);
        return mapper.search(actor.scopePrefix() + "%", checked(query), Like.contains(query.text()), now, sort,
                        page.offset(), page.limit())
                .stream()
                .map(row -> new UserSummary(row.id(), row.username(), row.displayName(), ActorKind.valueOf(row.kind()),
                        row.departmentId(), row.departmentName(), row.divisionCode(),
                        divisions.nameOf(row.divisionCode()), row.enabled(),
                        row.lockedUntil() != null && row.lockedUntil().isAfter(now), row.lastLoginAt(),
                        mapper.findRoles(row.id())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return count(new UserQuery(text, null, null, null));
    }

    @Transactional(readOnly = true)
    public long count(UserQuery query) {
        Actor actor = guard.require(Permissions.USER_MANAGE);
        return mapper.count(actor.scopePrefix() + "%", checked(query), Like.contains(query.text()),
                Instant.now(clock));
    }

    /** A role that does not exist is refused naming the field, rather than answering an empty list. */
    private UserQuery checked(UserQuery query) {
        if (query.role() != null && !allRoles().contains(query.role())) {
            throw ValidationException.of("role", "validation.role.unknown");
        }
        return query;
    }

    public List<String> allRoles() {
        return mapper.findAllRoles();
    }

    /** The roles an account of this kind may hold: the choice the account screens offer. */
    public List<String> rolesFor(ActorKind kind) {
        return kind == null ? List.of() : allRoles().stream().filter(role -> fits(kind, role)).toList();
    }

    /** Applicants and department systems hold their one role; staff hold any other. */
    private static boolean fits(ActorKind kind, String role) {
        return switch (kind) {
            case APPLICANT -> APPLICANT_ROLES.contains(role);
            case API_CLIENT -> API_CLIENT_ROLES.contains(role);
            case STAFF -> !APPLICANT_ROLES.contains(role) && !API_CLIENT_ROLES.contains(role);
            case SYSTEM -> false;
        };
    }

    public boolean exists(String username) {
        return mapper.findByUsername(username) != null;
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
        if (!roles.stream().allMatch(role -> fits(kind, role))) {
            violations.add(FieldViolation.of("roles", "validation.role.kindMismatch"));
        }
    }
}
