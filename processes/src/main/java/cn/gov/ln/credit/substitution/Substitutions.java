package cn.gov.ln.credit.substitution;

import cn.gov.ln.credit.audit.AuditActions;
import cn.gov.ln.credit.audit.AuditService;
import cn.gov.ln.credit.division.DivisionCodes;
import cn.gov.ln.credit.notification.NotificationService;
import cn.gov.ln.credit.security.AccessGuard;
import cn.gov.ln.credit.security.Actor;
import cn.gov.ln.credit.security.ActorKind;
import cn.gov.ln.credit.security.Permissions;
import cn.gov.ln.credit.shared.ConflictException;
import cn.gov.ln.credit.shared.GeneratedId;
import cn.gov.ln.credit.shared.NotFoundException;
import cn.gov.ln.credit.shared.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Substitution (代理): an officer, or a supervisor for a colleague, names a substitute of the same department for a
 * period. While it is in force the substitute is offered the absent officer's tasks and acts on them with the
 * absent officer's posts. The period is compared with the clock at every use, so a substitution ends by itself.
 */
@Service
public class Substitutions {

    static final String LINK = "my-substitutions";

    private final SubstitutionMapper mapper;
    private final AuditService audit;
    private final NotificationService notifications;
    private final AccessGuard guard;
    private final Clock clock;

    Substitutions(SubstitutionMapper mapper, AuditService audit, NotificationService notifications,
            AccessGuard guard, Clock clock) {
        this.mapper = mapper;
        this.audit = audit;
        this.notifications = notifications;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Names a substitute. Refused, by field: an absent officer outside the caller's department (or, naming for
     * someone else, without {@code task:supervise} or outside the caller's division); a substitute of another
     * department, oneself, not enabled staff, or whose division does not cover the absent officer's (they could
     * not see the tasks); a period that ends before it starts or is over; a period overlapping another of the
     * same absent officer.
     */
    @Transactional
    public Substitution name(NewSubstitution request) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        Violations violations = Violations.of(request);
        SubstitutionMapper.Officer absent = violations.clear("absent") ? absent(actor, request, violations) : null;
        if (absent != null && violations.clear("substitute")) {
            substitute(absent, request.substitute(), violations);
        }
        Instant now = now();
        if (request.startsAt() != null && request.endsAt() != null && violations.clear("endsAt")) {
            if (!request.endsAt().isAfter(request.startsAt())) {
                violations.add("endsAt", "error.substitution.endsBeforeStart");
            } else if (!request.endsAt().isAfter(now)) {
                violations.add("endsAt", "error.substitution.over");
            } else if (absent != null
                    && mapper.countOverlapping(absent.username(), request.startsAt(), request.endsAt()) > 0) {
                violations.add("startsAt", "error.substitution.overlaps");
            }
        }
        violations.throwIfAny();
        Substitution draft = new Substitution(0, absent.username(), absent.displayName(), request.substitute(), null,
                absent.departmentId(), request.startsAt().truncatedTo(ChronoUnit.SECONDS),
                request.endsAt().truncatedTo(ChronoUnit.SECONDS), actor.username(), now, null);
        GeneratedId id = new GeneratedId();
        mapper.insert(draft, id);
        Substitution named = mapper.findById(id.value());
        audit.record(actor, AuditActions.SUBSTITUTION_NAMED, "substitution", named.id(),
                named.substituteUsername() + " for " + named.absentUsername() + " " + named.startsAt() + " - "
                        + named.endsAt());
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        notifications.notify(named.substituteUsername(), "notice.substitution.named", LINK, named.absentName(),
                shown.format(named.startsAt()), shown.format(named.endsAt()));
        return named;
    }

    /** Ends a substitution now: the absent officer, who named it, the substitute, or a supervisor of the department. */
    @Transactional
    public void revoke(long id) {
        Actor actor = guard.require(Permissions.TASK_WORK);
        Substitution substitution = mapper.findById(id);
        if (substitution == null || actor.departmentId() == null
                || actor.departmentId() != substitution.departmentId()) {
            throw new NotFoundException("substitution", id);
        }
        boolean involved = actor.username().equals(substitution.absentUsername())
                || actor.username().equals(substitution.substituteUsername())
                || actor.username().equals(substitution.createdBy());
        if (!involved) {
            guard.require(Permissions.TASK_SUPERVISE);
        }
        if (substitution.isOver(now()) || mapper.revoke(id, now(), actor.username()) == 0) {
            throw new ConflictException("error.substitution.alreadyOver");
        }
        audit.record(actor, AuditActions.SUBSTITUTION_REVOKED, "substitution", id,
                substitution.substituteUsername() + " for " + substitution.absentUsername());
    }

    /**
     * The substitutions that concern the caller and have not ended: theirs, for them, or named by them; a
     * supervisor sees the whole department's.
     */
    @Transactional(readOnly = true)
    public List<Substitution> current() {
        Actor actor = guard.require(Permissions.TASK_WORK);
        if (actor.departmentId() == null) {
            return List.of();
        }
        String who = guard.isPermitted(Permissions.TASK_SUPERVISE) ? null : actor.username();
        return mapper.findOfDepartment(actor.departmentId(), who, now());
    }

    /**
     * Whom the caller may name as absent (themselves; a supervisor also the colleagues their division covers) and
     * as substitutes (the department's enabled staff), as officers with their display names.
     */
    @Transactional(readOnly = true)
    public Colleagues colleagues() {
        Actor actor = guard.require(Permissions.TASK_WORK);
        if (actor.departmentId() == null) {
            return new Colleagues(List.of(), List.of());
        }
        List<Colleague> staff = mapper.findColleagues(actor.departmentId()).stream()
                .filter(SubstitutionMapper.Officer::enabled)
                .map(o -> new Colleague(o.username(), o.displayName(), o.divisionCode())).toList();
        boolean supervisor = guard.isPermitted(Permissions.TASK_SUPERVISE);
        List<Colleague> absent = staff.stream().filter(c -> c.username().equals(actor.username())
                || supervisor && actor.coversDivision(c.divisionCode())).toList();
        return new Colleagues(absent, staff);
    }

    /** A member of staff as the naming screen offers them. */
    public record Colleague(String username, String displayName, String divisionCode) {
    }

    /** Who may be named absent by the caller, and who may substitute. */
    public record Colleagues(List<Colleague> absent, List<Colleague> substitutes) {
    }

    /** The absent officers the actor substitutes for at this moment, with their posts. */
    @Transactional(readOnly = true)
    public List<Absence> actingFor(Actor actor) {
        if (actor.kind() != ActorKind.STAFF || actor.departmentId() == null) {
            return List.of();
        }
        List<Absence> absences = new ArrayList<>();
        for (Substitution s : mapper.findInForce(actor.username(), actor.departmentId(), now())) {
            SubstitutionMapper.Officer absent = mapper.findOfficer(s.absentUsername());
            absences.add(new Absence(s.absentUsername(), s.absentName(), absent.divisionCode(),
                    new HashSet<>(mapper.findRoles(s.absentUsername()))));
        }
        return absences;
    }

    /**
     * Of the given tasks (id to assignee, null when unclaimed), those the actor is offered only through a
     * substitution, with the absent officer they are offered for: assigned to the absent officer, or unclaimed for
     * a post the absent officer holds and the actor does not.
     */
    @Transactional(readOnly = true)
    public Map<String, Absence> offeredThrough(Actor actor, Map<String, String> assigneeByTask) {
        List<Absence> absences = actingFor(actor);
        Map<String, Absence> through = new HashMap<>();
        if (absences.isEmpty() || assigneeByTask.isEmpty()) {
            return through;
        }
        List<String> unclaimed = new ArrayList<>();
        assigneeByTask.forEach((taskId, assignee) -> {
            if (assignee == null) {
                unclaimed.add(taskId);
            } else {
                absences.stream().filter(a -> a.username().equals(assignee)).findFirst()
                        .ifPresent(a -> through.put(taskId, a));
            }
        });
        if (!unclaimed.isEmpty()) {
            Map<String, Set<String>> groups = new HashMap<>();
            mapper.findCandidateGroups(unclaimed).forEach(g -> groups.computeIfAbsent(g.taskId(),
                    k -> new HashSet<>()).add(g.groupId()));
            groups.forEach((taskId, roles) -> {
                if (roles.stream().noneMatch(actor::hasRole)) {
                    absences.stream().filter(a -> roles.stream().anyMatch(a.roles()::contains)).findFirst()
                            .ifPresent(a -> through.put(taskId, a));
                }
            });
        }
        return through;
    }

    private SubstitutionMapper.Officer absent(Actor actor, NewSubstitution request, Violations violations) {
        SubstitutionMapper.Officer absent = mapper.findOfficer(request.absent());
        boolean self = actor.username().equals(request.absent());
        if (absent == null || actor.departmentId() == null || !actor.departmentId().equals(absent.departmentId())
                || !self && !actor.coversDivision(absent.divisionCode())) {
            violations.add("absent", "error.substitution.absentOutOfScope");
            return null;
        }
        if (!self && !guard.isPermitted(Permissions.TASK_SUPERVISE)) {
            violations.add("absent", "error.substitution.onlyForOneself");
            return null;
        }
        return absent;
    }

    private void substitute(SubstitutionMapper.Officer absent, String username, Violations violations) {
        if (absent.username().equals(username)) {
            violations.add("substitute", "error.substitution.self");
            return;
        }
        SubstitutionMapper.Officer substitute = mapper.findOfficer(username);
        if (substitute == null || !substitute.enabled() || !ActorKind.STAFF.name().equals(substitute.kind())
                || !absent.departmentId().equals(substitute.departmentId())) {
            violations.add("substitute", "error.substitution.otherDepartment");
        } else if (!absent.divisionCode().startsWith(DivisionCodes.scopePrefix(substitute.divisionCode()))) {
            violations.add("substitute", "error.substitution.divisionNotCovered");
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
